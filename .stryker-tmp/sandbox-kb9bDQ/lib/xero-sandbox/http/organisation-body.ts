// @ts-nocheck
import { xeroNowMs } from "@/lib/clock";
import { randomUuid } from "@/lib/xero-sandbox/ids";
import type { Organisation } from "@/lib/xero-sandbox/store/directory";

// The Accounting API's envelope for GET /api.xro/2.0/Organisation, with the fields a dashboard reads.

const msDate = (ms: number) => `/Date(${ms}+0000)/`;

export function organisationBody(org: Organisation, providerName: string) {
  return {
    Id: randomUuid(),
    Status: "OK",
    ProviderName: providerName,
    DateTimeUTC: `/Date(${xeroNowMs()})/`,
    Organisations: [
      {
        APIKey: org.shortCode.replace("!", ""),
        Name: org.name,
        LegalName: org.name,
        PaysTax: true,
        Version: org.countryCode === "GB" ? "UK" : org.countryCode,
        OrganisationType: org.type === "PRACTICE" ? "PRACTICE" : "COMPANY",
        BaseCurrency: org.baseCurrency,
        CountryCode: org.countryCode,
        IsDemoCompany: org.isDemo,
        OrganisationStatus: "ACTIVE",
        FinancialYearEndDay: 31,
        FinancialYearEndMonth: 3,
        SalesTaxBasis: "ACCRUALS",
        DefaultSalesTax: "Tax Exclusive",
        DefaultPurchasesTax: "Tax Exclusive",
        CreatedDateUTC: msDate(org.createdAt),
        OrganisationEntityType: "COMPANY",
        ShortCode: org.shortCode,
        OrganisationID: org.id,
        Edition: "BUSINESS",
        Class: "STANDARD",
        Addresses: [],
        Phones: [],
        ExternalLinks: [],
        PaymentTerms: {},
      },
    ],
  };
}
