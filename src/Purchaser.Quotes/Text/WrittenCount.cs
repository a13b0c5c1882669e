using System.Globalization;

namespace Purchaser.Quotes.Text;

/// <summary>A count as a pattern captured it: in figures ("30"), or one of the words the validity and lead-time patterns accept ("two", "thirty").</summary>
internal static class WrittenCount
{
    public static int Parse(string written) => written.ToLowerInvariant() switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
        "ten" => 10, "eleven" => 11, "twelve" => 12, "fourteen" => 14, "fifteen" => 15, "thirty" => 30, "sixty" => 60, "ninety" => 90,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };
}
