// Screens one payment through the generated, typed client.
//
//   npm ci && npm run build
//   FRAUDSCREEN_URL=http://127.0.0.1:8080 FRAUDSCREEN_KEY=fs_... node dist/example.js payment.json
//
// Exits 0 (allow), 10 (review), 20 (block) or 1 (no answer: hold the payment and retry later
// with the same request_id).
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type PaymentRequest = components["schemas"]["PaymentRequest"];
type Decision = components["schemas"]["Decision"];

const client = createClient<paths>({
  baseUrl: process.env.FRAUDSCREEN_URL ?? "http://127.0.0.1:8080",
  headers: { Authorization: `Bearer ${process.env.FRAUDSCREEN_KEY ?? ""}` },
});

async function screen(payment: PaymentRequest): Promise<Decision | undefined> {
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      const { data, error, response } = await client.POST("/v1/screen/payment", {
        body: payment,
        signal: AbortSignal.timeout(5000),
      });
      if (data) return data;
      if (response.status < 500) {
        // The request is wrong; the error names the field. Retrying won't help.
        console.error(`refused ${response.status}:`, error);
        process.exit(2);
      }
      console.error(`attempt ${attempt}: HTTP ${response.status}; retrying with the same request_id`);
    } catch (e) {
      console.error(`attempt ${attempt}: no answer (${(e as Error).name}); retrying with the same request_id`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
  }
  return undefined;
}

const payment = JSON.parse(readFileSync(process.argv[2], "utf8")) as PaymentRequest;
const decision = await screen(payment);
if (!decision) {
  console.log("HOLD: fraudscreen did not answer; keep the payment on hold");
  process.exit(1);
}
console.log(`${decision.decision.toUpperCase()} ${decision.decision_id} score ${decision.score}`);
for (const hit of decision.hits.slice(0, 3)) console.log(`  ${hit.rule_id} ${hit.title}`);
process.exit(decision.decision === "allow" ? 0 : decision.decision === "review" ? 10 : 20);
