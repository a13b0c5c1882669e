// Signs and verifies Standard Webhooks messages with the npm `standardwebhooks` package, a peer independent of
// Purchaser's own code, for tests/Purchaser.Client.Tests/NodeStandardWebhooksInteropTests.cs.
// stdin: a JSON array of operations, each
//   { "op": "sign",   "secret": "whsec_...", "id": "msg_...", "timestamp": 1700000000, "body": "<base64 of the raw bytes>" }
//   { "op": "verify", "secret": "whsec_...", "id": "msg_...", "timestamp": 1700000000, "signature": "v1,... v1,...", "body": "<base64>" }
// stdout: a JSON array with one result per operation: { "signature": "v1,..." } or { "valid": true|false, "error": "..." }.
import { readFileSync } from "node:fs";
import standardwebhooks from "standardwebhooks";

const { Webhook } = standardwebhooks;

function run(operation) {
  const webhook = new Webhook(operation.secret);
  const body = Buffer.from(operation.body, "base64").toString("utf8");
  switch (operation.op) {
    case "sign":
      return { signature: webhook.sign(operation.id, new Date(operation.timestamp * 1000), body) };
    case "verify":
      try {
        const headers = { "webhook-id": operation.id, "webhook-timestamp": String(operation.timestamp), "webhook-signature": operation.signature };
        webhook.verify(body, headers, { jsonParse: false });
        return { valid: true };
      } catch (error) {
        return { valid: false, error: String(error.message) };
      }
    default:
      throw new Error(`unknown op ${operation.op}`);
  }
}

process.stdout.write(JSON.stringify(JSON.parse(readFileSync(0, "utf8")).map(run)));
