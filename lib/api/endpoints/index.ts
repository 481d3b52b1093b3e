import type { Endpoint } from "../endpoint";
import { appHeadroomEndpoint, getAppEndpoint, listAppsEndpoint } from "./apps";
import { listConnectionsEndpoint } from "./connections";
import { createConnectSessionEndpoint, getConnectSessionEndpoint, importGrantEndpoint, observeEndpoint, vendAccessTokenEndpoint } from "./customers";
import { openApiEndpoint } from "./meta";

/** Every /api/v1 endpoint, in the order the reference lists them. Add new ones here: the document follows. */
export const apiEndpoints: readonly Endpoint[] = [
  listAppsEndpoint,
  getAppEndpoint,
  appHeadroomEndpoint,
  listConnectionsEndpoint,
  createConnectSessionEndpoint,
  getConnectSessionEndpoint,
  vendAccessTokenEndpoint,
  importGrantEndpoint,
  observeEndpoint,
  openApiEndpoint,
];
