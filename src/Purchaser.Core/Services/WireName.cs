using System.Text;

namespace Purchaser.Services;

/// <summary>Turns enum members into the kebab-case words of the wire contract (<c>NotAwarded</c> → <c>not-awarded</c>).</summary>
public static class WireName
{
    /// <summary>The wire word for <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>Parses a wire word back into an enum member (case-insensitive); false when it names none.</summary>
    public static bool TryParse<TEnum>(string? word, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return word is not null
            && !word.Any(char.IsDigit)
            && Enum.TryParse(word.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
