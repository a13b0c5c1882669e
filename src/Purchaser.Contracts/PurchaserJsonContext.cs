using System.Text.Json;
using System.Text.Json.Serialization;

namespace Purchaser.Contracts;

/// <summary>Source-generated JSON metadata for every contract type: camelCase, nulls written, strict numbers.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.Strict, AllowTrailingCommas = false)]
[JsonSerializable(typeof(CreateRfqRequest))]
[JsonSerializable(typeof(ReplaceRfqLinesRequest))]
[JsonSerializable(typeof(AttachVendorsRequest))]
[JsonSerializable(typeof(CancelRfqRequest))]
[JsonSerializable(typeof(AwardRfqRequest))]
[JsonSerializable(typeof(RfqResource))]
[JsonSerializable(typeof(PageDto<RfqResource>))]
[JsonSerializable(typeof(PageDto<AuditEntryResource>))]
[JsonSerializable(typeof(CreateVendorRequest))]
[JsonSerializable(typeof(UpdateVendorRequest))]
[JsonSerializable(typeof(VendorResource))]
[JsonSerializable(typeof(PageDto<VendorResource>))]
[JsonSerializable(typeof(CreateVendorListRequest))]
[JsonSerializable(typeof(UpdateVendorListRequest))]
[JsonSerializable(typeof(AddVendorListMembersRequest))]
[JsonSerializable(typeof(VendorListResource))]
[JsonSerializable(typeof(PageDto<VendorListResource>))]
[JsonSerializable(typeof(RecordQuoteRequest))]
[JsonSerializable(typeof(QuoteResource))]
[JsonSerializable(typeof(IReadOnlyList<QuoteResource>))]
[JsonSerializable(typeof(NormalizedQuoteDto))]
[JsonSerializable(typeof(CreateApiKeyRequest))]
[JsonSerializable(typeof(ApiKeyResource))]
[JsonSerializable(typeof(IReadOnlyList<ApiKeyResource>))]
[JsonSerializable(typeof(CreatedApiKeyResource))]
[JsonSerializable(typeof(WebhookPayload<RfqEventData>))]
[JsonSerializable(typeof(WebhookPayload<QuoteReceivedEventData>))]
public sealed partial class PurchaserJsonContext : JsonSerializerContext;
