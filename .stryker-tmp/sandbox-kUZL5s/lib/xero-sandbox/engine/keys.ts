// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import crypto from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { sandboxDb, sandboxDbFile } from "@/lib/xero-sandbox/db";
import { signingKeys } from "@/lib/xero-sandbox/schema";
import { xeroNowMs } from "@/lib/clock";

// The RS256 signing key: generated once, kept in the sandbox database so tokens survive restarts.
// kid is 40 upper-case hex like Xero's (FACTS B4).

type Loaded = {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
};
const g = globalThis as unknown as {
  __xeroSandboxKeys?: Map<string, Promise<Loaded>>;
};
export function signingKey(): Promise<Loaded> {
  if (stryMutAct_9fa48("1579")) {
    {}
  } else {
    stryCov_9fa48("1579");
    stryMutAct_9fa48("1580") ? g.__xeroSandboxKeys &&= new Map() : (stryCov_9fa48("1580"), g.__xeroSandboxKeys ??= new Map());
    const file = sandboxDbFile();
    let p = g.__xeroSandboxKeys.get(file);
    if (stryMutAct_9fa48("1583") ? false : stryMutAct_9fa48("1582") ? true : stryMutAct_9fa48("1581") ? p : (stryCov_9fa48("1581", "1582", "1583"), !p)) {
      if (stryMutAct_9fa48("1584")) {
        {}
      } else {
        stryCov_9fa48("1584");
        p = load().catch((e: unknown) => {
          if (stryMutAct_9fa48("1585")) {
            {}
          } else {
            stryCov_9fa48("1585");
            stryMutAct_9fa48("1586") ? g.__xeroSandboxKeys.delete(file) : (stryCov_9fa48("1586"), g.__xeroSandboxKeys?.delete(file));
            throw e;
          }
        });
        g.__xeroSandboxKeys.set(file, p);
      }
    }
    return p;
  }
}
async function load(): Promise<Loaded> {
  if (stryMutAct_9fa48("1587")) {
    {}
  } else {
    stryCov_9fa48("1587");
    const db = sandboxDb();
    let row = db.select().from(signingKeys).limit(1).get();
    if (stryMutAct_9fa48("1590") ? false : stryMutAct_9fa48("1589") ? true : stryMutAct_9fa48("1588") ? row : (stryCov_9fa48("1588", "1589", "1590"), !row)) {
      if (stryMutAct_9fa48("1591")) {
        {}
      } else {
        stryCov_9fa48("1591");
        const {
          privateKey,
          publicKey
        } = await generateKeyPair(stryMutAct_9fa48("1592") ? "" : (stryCov_9fa48("1592"), "RS256"), stryMutAct_9fa48("1593") ? {} : (stryCov_9fa48("1593"), {
          extractable: stryMutAct_9fa48("1594") ? false : (stryCov_9fa48("1594"), true),
          modulusLength: 2048
        }));
        const publicJwk = await exportJWK(publicKey);
        const kid = stryMutAct_9fa48("1595") ? crypto.createHash("sha1").update(publicJwk.n ?? "").digest("hex").toLowerCase() : (stryCov_9fa48("1595"), crypto.createHash(stryMutAct_9fa48("1596") ? "" : (stryCov_9fa48("1596"), "sha1")).update(stryMutAct_9fa48("1597") ? publicJwk.n && "" : (stryCov_9fa48("1597"), publicJwk.n ?? (stryMutAct_9fa48("1598") ? "Stryker was here!" : (stryCov_9fa48("1598"), "")))).digest(stryMutAct_9fa48("1599") ? "" : (stryCov_9fa48("1599"), "hex")).toUpperCase());
        const privateJwk = await exportJWK(privateKey);
        // Another process may have created one meanwhile; the first row wins for everyone.
        db.insert(signingKeys).values(stryMutAct_9fa48("1600") ? {} : (stryCov_9fa48("1600"), {
          kid,
          privateJwk: JSON.stringify(privateJwk),
          publicJwk: JSON.stringify(publicJwk),
          createdAt: xeroNowMs()
        })).onConflictDoNothing().run();
        row = db.select().from(signingKeys).limit(1).get()!;
      }
    }
    const publicJwk = stryMutAct_9fa48("1601") ? {} : (stryCov_9fa48("1601"), {
      ...(JSON.parse(row.publicJwk) as JWK),
      kid: row.kid,
      alg: stryMutAct_9fa48("1602") ? "" : (stryCov_9fa48("1602"), "RS256"),
      use: stryMutAct_9fa48("1603") ? "" : (stryCov_9fa48("1603"), "sig")
    });
    const privateKey = (await importJWK(JSON.parse(row.privateJwk) as JWK, "RS256")) as CryptoKey;
    const publicKey = (await importJWK(publicJwk, "RS256")) as CryptoKey;
    return stryMutAct_9fa48("1604") ? {} : (stryCov_9fa48("1604"), {
      kid: row.kid,
      privateKey,
      publicKey,
      publicJwk
    });
  }
}
export async function jwks(): Promise<{
  keys: JWK[];
}> {
  if (stryMutAct_9fa48("1605")) {
    {}
  } else {
    stryCov_9fa48("1605");
    const {
      publicJwk
    } = await signingKey();
    return stryMutAct_9fa48("1606") ? {} : (stryCov_9fa48("1606"), {
      keys: stryMutAct_9fa48("1607") ? [] : (stryCov_9fa48("1607"), [publicJwk])
    });
  }
}