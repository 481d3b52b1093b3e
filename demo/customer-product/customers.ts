// The product's own users: a few of the team's customers. Demo passwords, shown on the sign-in page.

export type Customer = { id: string; name: string; email: string; password: string; account: { id: string; name: string } };

export const CUSTOMERS: Customer[] = [
  { id: "cust-robin", name: "Robin Park", email: "robin@parkplumbing.example", password: "robin-demo", account: { id: "acct-park", name: "Park Plumbing" } },
  { id: "cust-mia", name: "Mia Chen", email: "mia@harbourbikes.example", password: "mia-demo", account: { id: "acct-harbour", name: "Harbour Bikes" } },
  { id: "cust-sam", name: "Sam Okafor", email: "sam@okaforlegal.example", password: "sam-demo", account: { id: "acct-okafor", name: "Okafor Legal" } },
];

export function checkPassword(email: string, password: string): Customer | null {
  const customer = CUSTOMERS.find((c) => c.email === email.trim().toLowerCase());
  return customer && customer.password === password ? customer : null;
}

export const customerById = (id: string) => CUSTOMERS.find((c) => c.id === id) ?? null;
