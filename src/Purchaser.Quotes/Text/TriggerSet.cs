using System.Buffers;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Tells in one pass over a text which of up to 32 groups of trigger strings (any case) occur in it. Plain ASCII words
/// go through one vectorized multi-string search; triggers holding a mark such as <c>$</c>, <c>€</c> or <c>ł</c> are
/// found from their mark, because a string search that includes them is several times slower.
/// </summary>
internal sealed class TriggerSet
{
    private readonly SearchValues<string> _words;
    private readonly (string Word, int Group)[][] _wordsByFirstLetter;
    private readonly SearchValues<char> _marks;
    private readonly (string Trigger, int MarkAt, char Mark, int Group)[] _marked;

    public TriggerSet(IReadOnlyList<string[]> groups)
    {
        if (groups.Count > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(groups), "at most 32 groups");
        }

        var words = new List<(string, int)>();
        var marked = new List<(string, int, char, int)>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var trigger in groups[g])
            {
                var markAt = trigger.AsSpan().IndexOfAnyExceptInRange('a', 'z');
                if (markAt < 0)
                {
                    words.Add((trigger, g));
                }
                else
                {
                    marked.Add((trigger, markAt, char.ToLowerInvariant(trigger[markAt]), g));
                }
            }
        }

        _wordsByFirstLetter = [.. Enumerable.Range(0, 26).Select(letter => words.Where(w => w.Item1[0] - 'a' == letter).ToArray())];
        _words = SearchValues.Create([.. words.Select(w => w.Item1).Distinct()], StringComparison.OrdinalIgnoreCase);
        _marked = [.. marked];
        _marks = SearchValues.Create(string.Concat(marked.SelectMany(m => new[] { char.ToLowerInvariant(m.Item1[m.Item2]), char.ToUpperInvariant(m.Item1[m.Item2]) }).Distinct()));
    }

    /// <summary>
    /// A guard for a pattern that cannot match without one of <paramref name="literals"/> (in any case): checking it first
    /// is a vectorized scan, where the pattern itself would try its alternatives at every letter.
    /// </summary>
    public static TriggerSet Guard(params string[] literals) => new([literals]);

    /// <summary>Whether any trigger occurs in <paramref name="text"/>.</summary>
    public bool Occurs(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(_words) >= 0)
        {
            return true;
        }

        var at = 0;
        int next;
        while ((next = text[at..].IndexOfAny(_marks)) >= 0)
        {
            at += next;
            foreach (var marked in _marked)
            {
                if (IsAt(text, at, marked))
                {
                    return true;
                }
            }

            at++;
        }

        return false;
    }

    /// <summary>A bit per group with a trigger in <paramref name="text"/>.</summary>
    public int Find(string text)
    {
        var found = 0;
        var span = text.AsSpan();
        var at = 0;
        int next;
        while ((next = span[at..].IndexOfAny(_words)) >= 0)
        {
            at += next;
            // Every word is ASCII letters, so a hit starts with one; only words with that first letter can be there.
            var letter = char.ToLowerInvariant(span[at]) - 'a';
            foreach (var (word, group) in (uint)letter < 26 ? _wordsByFirstLetter[letter] : [])
            {
                if (span[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    found |= 1 << group;
                }
            }

            at++;
        }

        at = 0;
        while ((next = span[at..].IndexOfAny(_marks)) >= 0)
        {
            at += next;
            foreach (var marked in _marked)
            {
                if (IsAt(span, at, marked))
                {
                    found |= 1 << marked.Group;
                }
            }

            at++;
        }

        return found;
    }

    /// <summary>Whether <paramref name="marked"/>'s trigger stands in <paramref name="text"/> with its mark at <paramref name="at"/>.</summary>
    private static bool IsAt(ReadOnlySpan<char> text, int at, (string Trigger, int MarkAt, char Mark, int Group) marked)
    {
        var start = at - marked.MarkAt;
        return start >= 0 && marked.Mark == char.ToLowerInvariant(text[at])
            && text[start..].StartsWith(marked.Trigger, StringComparison.OrdinalIgnoreCase);
    }
}
