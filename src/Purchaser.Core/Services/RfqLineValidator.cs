using Purchaser.Contracts;
using Purchaser.Domain;

namespace Purchaser.Services;

/// <summary>Turns requested lines into domain lines, collecting every field error with its JSON path.</summary>
internal static class RfqLineValidator
{
    public const int MaxPartNumberLength = 100;
    public const int MaxDescriptionLength = 2000;

    public static IReadOnlyList<RfqLine> Validate(IReadOnlyList<RfqLineDto?>? lines, int maxLines, ValidationErrors errors)
    {
        if (lines is null || lines.Count == 0)
        {
            errors.Add("lines", "At least one line is required.");
            return [];
        }

        if (lines.Count > maxLines)
        {
            errors.Add("lines", $"At most {maxLines} lines are allowed; {lines.Count} were given.");
            return [];
        }

        var result = new List<RfqLine>(lines.Count);
        var seen = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var path = $"lines[{i}]";
            if (lines[i] is not { } line)
            {
                errors.Add(path, "A line cannot be null.");
                continue;
            }

            var lineErrors = new ValidationErrors();
            lineErrors.Require(line.LineNumber >= 1, $"{path}.lineNumber", "Line numbers start at 1.");
            if (line.LineNumber >= 1 && !seen.Add(line.LineNumber))
            {
                lineErrors.Add($"{path}.lineNumber", $"Line number {line.LineNumber} is used more than once.");
            }

            lineErrors.Require(!string.IsNullOrWhiteSpace(line.PartNumber), $"{path}.partNumber", "A part number is required.");
            lineErrors.Require((line.PartNumber?.Length ?? 0) <= MaxPartNumberLength, $"{path}.partNumber", $"At most {MaxPartNumberLength} characters.");
            lineErrors.Require((line.Description?.Length ?? 0) <= MaxDescriptionLength, $"{path}.description", $"At most {MaxDescriptionLength} characters.");
            lineErrors.Require(line.Quantity > 0, $"{path}.quantity", "The quantity must be greater than zero.");
            UnitOfMeasure unit = default;
            if (string.IsNullOrWhiteSpace(line.Unit))
            {
                lineErrors.Add($"{path}.unit", "A unit of measure is required, for example EA, M or KG.");
            }
            else if (!UnitOfMeasure.TryParse(line.Unit, null, out unit))
            {
                lineErrors.Add($"{path}.unit", $"'{line.Unit}' is not a known unit of measure. Known units: {string.Join(", ", UnitOfMeasure.CanonicalCodes)}.");
            }

            if (lineErrors.HasErrors)
            {
                errors.AddRange(lineErrors);
            }
            else
            {
                result.Add(new RfqLine(line.LineNumber, line.PartNumber!.Trim(), line.Description?.Trim(), line.Quantity, unit, line.NeedBy));
            }
        }

        return result;
    }
}
