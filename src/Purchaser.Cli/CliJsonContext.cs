using System.Text.Json;
using System.Text.Json.Serialization;
using Purchaser.Contracts;

namespace Purchaser.Cli;

/// <summary>Source-generated JSON for the CLI's input and output: compact, camelCase, nulls written.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never, WriteIndented = false, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ParseQuoteOutput))]
[JsonSerializable(typeof(CreateRfqRequest))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
