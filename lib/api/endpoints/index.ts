import type { Endpoint } from "../endpoint";
import { appHeadroomEndpoint, getAppEndpoint, listAppsEndpoint } from "./apps";
import { listConnectionsEndpoint } from "./connections";
import { createConnectSessionEndpoint, getConnectSessionEndpoint, importGrantEndpoint, observeEndpoint, vendAccessTokenEndpoint } from "./customers";
import { getEndUserEndpoint, getGrantEndpoint, getOrganisationEndpoint, listEndUsersEndpoint, listGrantsEndpoint, listOrganisationsEndpoint, listXeroUsersEndpoint } from "./directory";
import { openApiEndpoint } from "./meta";
import { diagnoseEndpoint, disconnectEndpoint, getSyncRunEndpoint, startSyncEndpoint } from "./operations";

/** Every /api/v1 endpoint, in the order the reference lists them. Add new ones here: the document follows. */
export const apiEndpoints: readonly Endpoint[] = [
  listAppsEndpoint,
  getAppEndpoint,
  appHeadroomEndpoint,
  listConnectionsEndpoint,
  disconnectEndpoint,
  startSyncEndpoint,
  getSyncRunEndpoint,
  listOrganisationsEndpoint,
  getOrganisationEndpoint,
  listXeroUsersEndpoint,
  listEndUsersEndpoint,
  getEndUserEndpoint,
  listGrantsEndpoint,
  getGrantEndpoint,
  diagnoseEndpoint,
  createConnectSessionEndpoint,
  getConnectSessionEndpoint,
  vendAccessTokenEndpoint,
  importGrantEndpoint,
  observeEndpoint,
  openApiEndpoint,
];
