import { describe, expect, it } from "vitest";
import { addressRange, checkAddress, hostOf } from "./target-policy";

// Every notation of a loopback, private, link-local, CGNAT, multicast or unspecified target is refused;
// public addresses are allowed; the allow-private setting opens only the operator's own networks.

const strict = { allowPrivate: false };
const lenient = { allowPrivate: true };

describe("hostOf + checkAddress", () => {
  it.each([
    ["http://127.0.0.1/hook", "loopback"],
    ["http://127.1.2.3:8080/hook", "loopback"],
    ["http://2130706433/hook", "loopback"],
    ["http://0x7f.1/hook", "loopback"],
    ["http://0x7f000001/hook", "loopback"],
    ["http://0177.0.0.1/hook", "loopback"],
    ["http://017700000001/hook", "loopback"],
    ["http://[::1]/hook", "loopback"],
    ["http://[0:0:0:0:0:0:0:1]/hook", "loopback"],
    ["http://[::ffff:127.0.0.1]/hook", "loopback"],
    ["http://[::ffff:7f00:1]/hook", "loopback"],
    ["http://[64:ff9b::127.0.0.1]/hook", "loopback"],
    ["http://[2002:7f00:1::]/hook", "loopback"],
    ["http://0.0.0.0/hook", "unspecified"],
    ["http://0/hook", "unspecified"],
    ["http://[::]/hook", "unspecified"],
    ["http://[::ffff:0.0.0.0]/hook", "unspecified"],
    ["http://169.254.169.254/latest/meta-data", "linkLocal"],
    ["http://2852039166/latest/meta-data", "linkLocal"],
    ["http://0xa9.0xfe.0xa9.0xfe/", "linkLocal"],
    ["http://[::ffff:169.254.169.254]/", "linkLocal"],
    ["http://[fe80::1]/hook", "linkLocal"],
    ["http://10.0.0.5/hook", "private"],
    ["http://012.0.0.5/hook", "private"],
    ["http://172.16.3.4/hook", "private"],
    ["http://192.168.1.10/hook", "private"],
    ["http://3232235786/hook", "private"],
    ["http://[::ffff:192.168.1.10]/hook", "private"],
    ["http://[fd00::1]/hook", "uniqueLocal"],
    ["http://[fc00::1]/hook", "uniqueLocal"],
    ["http://100.64.0.1/hook", "carrierGradeNat"],
    ["http://100.127.255.254/hook", "carrierGradeNat"],
    ["http://224.0.0.1/hook", "multicast"],
    ["http://[ff02::1]/hook", "multicast"],
    ["http://255.255.255.255/hook", "broadcast"],
  ])("%s is %s and refused", (url, range) => {
    const host = hostOf(url);
    expect(addressRange(host)).toBe(range);
    expect(checkAddress(host, strict)).toEqual({ allowed: false, range });
  });

  it.each(["https://93.184.215.14/hook", "https://[2606:4700:4700::1111]/hook", "http://[::ffff:8.8.8.8]/", "http://[64:ff9b::8.8.8.8]/"])("%s is public and allowed", (url) => {
    expect(checkAddress(hostOf(url), strict)).toEqual({ allowed: true });
  });

  it("treats a name as no address at all (it must be resolved first)", () => {
    expect(addressRange(hostOf("https://hooks.example.com/x"))).toBe("invalid");
    expect(checkAddress("hooks.example.com", strict).allowed).toBe(false);
    expect(checkAddress("hooks.example.com", lenient).allowed).toBe(false);
  });

  it("with allow-private opens loopback, private, unique-local and CGNAT, never link-local, unspecified or multicast", () => {
    for (const ip of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.1.2.3", "192.168.0.2", "fd12::3", "100.64.1.1"]) expect(checkAddress(ip, lenient)).toEqual({ allowed: true });
    for (const ip of ["169.254.169.254", "fe80::1", "0.0.0.0", "::", "224.0.0.1", "ff02::1", "255.255.255.255"]) expect(checkAddress(ip, lenient).allowed).toBe(false);
  });
});
