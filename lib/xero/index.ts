// The Xero client's public surface, for server code only (it sends client secrets and tokens).

export { defaultEndpoints, liveEndpoints, sandboxEndpoints, xeroUrls, accessTokenAudience, type XeroEndpoints } from "./config";
export { buildAuthorizeUrl, parseAuthorizeCallback, type AuthorizeRequest, type AuthorizeUrl, type AuthorizeCallback } from "./authorize";
export { createCodeVerifier, codeChallengeS256, createState } from "./pkce";
export {
  exchangeCode,
  refreshTokens,
  refreshGrantOnce,
  clientCredentials,
  revokeToken,
  type ExchangeCodeInput,
  type RefreshInput,
  type ClientCredentialsInput,
  type RevokeInput,
} from "./tokens";
export { listConnections, deleteConnection, type XeroConnection, type ListConnectionsInput, type DeleteConnectionInput } from "./connections";
export { getOrganisation, type XeroOrganisation, type GetOrganisationInput } from "./organisation";
export { verifyIdToken, discover, clearIdTokenCaches, type XeroIdTokenClaims, type VerifyIdTokenOptions } from "./id-token";
export { decodeAccessToken, type XeroAccessTokenClaims } from "./access-token";
export { refreshOnce, isRefreshInFlight } from "./single-flight";
export { parseXeroDate, formatXeroDate } from "./xero-date";
export { parseRateLimitHeaders, rateLimitProblemOf, type RateLimitInfo, type RateLimitProblem } from "./rate-limit";
export {
  XeroError,
  XeroOAuthError,
  XeroApiError,
  XeroRateLimitError,
  XeroNetworkError,
  XeroProtocolError,
  XeroIdTokenError,
  isXeroError,
  type XeroErrorCategory,
  type XeroOAuthErrorCode,
  type XeroApiReason,
  type IdTokenFailure,
} from "./errors";
export type { TokenSet, CallOptions, ClientAuth, ResponseInfo, XeroOperation, WithRateLimit } from "./types";
