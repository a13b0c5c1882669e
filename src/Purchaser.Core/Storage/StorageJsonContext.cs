using System.Text.Json.Serialization;
using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>JSON metadata for stored values that are not part of the wire contract.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<WebhookSigningSecret>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
