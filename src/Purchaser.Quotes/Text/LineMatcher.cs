using System.Text;
using System.Text.RegularExpressions;
using Purchaser.Domain;

namespace Purchaser.Quotes.Text;

/// <summary>A mention of an RFQ line in text: by part number, by line number or by description words.</summary>
internal readonly record struct LineReference(int LineNumber, int Index, int Length, LineReferenceKind Kind);

/// <summary>How a line was referred to, strongest first.</summary>
internal enum LineReferenceKind
{
    PartNumber,
    LineNumber,
    Description,
}

/// <summary>Finds which RFQ lines a text talks about: part numbers ignoring case, spaces and dashes; line numbers; distinctive description words.</summary>
internal sealed partial class LineMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "and", "with", "the", "for", "per", "from", "only", "each", "type", "size", "part", "parts", "item", "items", "free", "feel",
        "price", "prices", "quote", "quoted", "delivery", "lead", "time", "week", "weeks", "day", "days", "order", "minimum", "valid",
        "offer", "line", "lines", "total", "unit", "units", "pcs", "piece", "pieces", "box", "boxes", "pack", "spool", "spools", "reel",
        "roll", "bag", "case", "our", "your", "you", "can", "not", "all", "any", "new", "std", "standard", "iso", "din", "ansi", "rohs",
        "reach", "black", "white", "grey", "gray", "red", "blue", "green", "yellow", "finish", "material", "long", "short", "one", "two",
        "set", "kit", "mm", "inch", "cut", "stock", "thanks", "regards", "please", "same", "rate", "qty", "quantity", "note", "see",
        "ref", "rev", "drawing", "per", "max", "min", "approx", "incl", "including", "without", "grade", "class", "size", "dia",
        // Dimension words: "cut to length" names no spring for its "free length 30 mm".
        "length", "width", "height", "depth", "thickness", "diameter", "weight", "outer", "inner", "nominal",
        // Articles and function words of the other languages read: a German "die" names no die-cut gasket.
        "die", "der", "das", "den", "dem", "des", "und", "mit", "für", "von", "ein", "eine", "wir", "sie", "ist", "sind", "nicht", "auf",
        "bei", "aus", "zum", "zur", "les", "une", "pour", "avec", "nous", "vous", "sur", "par", "est", "sont", "pas", "los", "las", "del",
        "una", "para", "con", "por", "que", "gli", "della", "delle", "sono", "non", "het", "een", "van", "voor", "met", "wij", "niet",
        "zijn",
    };

    private static readonly System.Buffers.SearchValues<string> Ordinals = System.Buffers.SearchValues.Create(["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "0th"], StringComparison.OrdinalIgnoreCase);

    // What a line reference cannot be written without (besides a digit).
    private static readonly TriggerSet LineWords = TriggerSet.Guard("line", "item", "ítem", "iten", "pol", "pozíc", "pos", "poz", "ln", "row", "regel", "no", "sl.", "riga", "righe", "lín", "polož");

    private readonly Rfq _rfq;
    private readonly List<(int Line, string Normalized)> _parts;
    private readonly int _shortestPart;
    private readonly Dictionary<string, int> _words;
    private readonly List<(int Line, string Stem)> _stems;

    // The parts and stems without the zeros that lead their numbers, as "PLT-915-R2" types PLT-0915-R2.
    private readonly string[] _partsUnzeroed;
    private readonly string[] _stemsUnzeroed;
    private readonly List<(string Stem, int Line)> _inflectedAbroad;

    public LineMatcher(Rfq rfq)
    {
        _rfq = rfq;
        // Longest first, in line order among equals: a longer part number is never taken for a shorter one inside it.
        var parts = new List<(int Line, string Normalized, int Order)>(rfq.Lines.Count);
        foreach (var line in rfq.Lines)
        {
            if (Normalize(line.PartNumber) is { Length: >= 3 } normalized)
            {
                parts.Add((line.LineNumber, normalized, parts.Count));
            }
        }

        parts.Sort((a, b) => a.Normalized.Length != b.Normalized.Length ? b.Normalized.Length.CompareTo(a.Normalized.Length) : a.Order.CompareTo(b.Order));
        _parts = parts.ConvertAll(p => (p.Line, p.Normalized));
        _shortestPart = _parts.Count == 0 ? int.MaxValue : _parts[^1].Normalized.Length;
        _stems = [];
        foreach (var line in rfq.Lines)
        {
            if (Stem(line.PartNumber) is { } stem && !_parts.Exists(p => p.Normalized.StartsWith(stem, StringComparison.Ordinal) && p.Line != line.LineNumber))
            {
                _stems.Add((line.LineNumber, stem));
            }
        }

        _partsUnzeroed = [.. _parts.Select(p => WithoutLeadingZeros(p.Normalized))];
        _stemsUnzeroed = [.. _stems.Select(s => WithoutLeadingZeros(s.Stem))];

        // Each description word and its line, or -1 once it is seen on a second line: only distinctive words point to a line.
        _words = new Dictionary<string, int>(StringComparer.Ordinal);
        var descriptionWords = new List<(string Word, int Index, int Length)>[rfq.Lines.Count];
        for (var l = 0; l < rfq.Lines.Count; l++)
        {
            var line = rfq.Lines[l];
            descriptionWords[l] = Words(line.Description ?? string.Empty);
            foreach (var word in descriptionWords[l])
            {
                MarkDistinctive(_words, word.Word, line.LineNumber);
            }
        }

        foreach (var shared in _words.Where(w => w.Value < 0).Select(w => w.Key).ToList())
        {
            _words.Remove(shared);
        }

        // The word a description starts with names what the line is ("O-ring 12 x 2" is an O-ring; "Seal kit: ... 4
        // O-rings" is a seal kit): it points to its line even when another description mentions it further on.
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < rfq.Lines.Count; l++)
        {
            if (descriptionWords[l] is [var head, ..])
            {
                MarkDistinctive(heads, head.Word, rfq.Lines[l].LineNumber);
            }
        }

        foreach (var (head, line) in heads)
        {
            if (line > 0)
            {
                _words.TryAdd(head, line);
            }
        }

        var namesAbroad = NamesAbroad(_words, out _inflectedAbroad);
        foreach (var (name, line) in namesAbroad)
        {
            _words.TryAdd(name, line);
        }
    }

    // "Kablo, cıvata, motor plakası ve yay": a distinctive description word's name in another language points to its line,
    // unless it names another line's part too.
    private static Dictionary<string, int> NamesAbroad(Dictionary<string, int> words, out List<(string Stem, int Line)> inflected)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var (word, line) in words)
        {
            var (others, otherStems) = PartNouns.OtherNames(word);
            foreach (var other in others)
            {
                if (Words(other) is [var stemmed])
                {
                    MarkDistinctive(names, stemmed.Word, line);
                }
            }

            foreach (var stem in otherStems)
            {
                if (Words(stem) is [var stemmed])
                {
                    MarkDistinctive(stems, stemmed.Word, line);
                }
            }
        }

        inflected = [.. stems.Where(s => s.Value > 0).Select(s => (s.Key, s.Value))];
        return names.Where(n => n.Value > 0 && !words.ContainsKey(n.Key)).ToDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal);
    }

    // A name and the line it points to, or -1 once it is seen for a second line: only a distinctive name points to a line.
    private static void MarkDistinctive(Dictionary<string, int> names, string name, int line)
    {
        if (!names.TryAdd(name, line) && names[name] != line)
        {
            names[name] = -1;
        }
    }

    public static string Normalize(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            length += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return string.Create(length, text, static (normalized, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (char.IsLetterOrDigit(c))
                {
                    normalized[at++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    /// <summary>Whether <paramref name="text"/> names an RFQ part number, ignoring case, spaces and dashes.</summary>
    public bool IsRfqPart(string text)
    {
        var n = Normalize(text);
        return _parts.Any(p => p.Normalized == n);
    }

    public IReadOnlyList<LineReference> Find(string text, bool allowDescription = true)
    {
        var strong = FindParts(text);
        strong.AddRange(FindLineNumbers(text));
        if (strong.Count > 0 || !allowDescription)
        {
            return strong.Count > 1 ? [.. strong.OrderBy(r => r.Index)] : strong;
        }

        return FindDescriptions(text);
    }

    public List<LineReference> FindParts(string text)
    {
        var found = new List<LineReference>();
        if (_parts.Count == 0 || text.Length == 0)
        {
            return found;
        }

        if (text.Length < _shortestPart)
        {
            return found;
        }

        // The text's letters and digits in lower case, each with where it stands in the text.
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var map = System.Buffers.ArrayPool<int>.Shared.Rent(text.Length);
        var taken = System.Buffers.ArrayPool<bool>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    chars[length] = char.ToLowerInvariant(text[i]);
                    map[length++] = i;
                }
            }

            var n = chars.AsSpan(0, length);
            Array.Clear(taken, 0, length);
            foreach (var (line, part) in _parts)
            {
                var start = 0;
                int next;
                while (start < length && (next = n[start..].IndexOf(part.AsSpan(), StringComparison.Ordinal)) >= 0)
                {
                    start += next;
                    var end = start + part.Length;
                    var first = map[start];
                    var last = map[end - 1];
                    var okBefore = first == 0 || !char.IsLetterOrDigit(text[first - 1]);
                    var okAfter = last + 1 >= text.Length || !char.IsLetterOrDigit(text[last + 1]);
                    if (okBefore && okAfter && !taken[start] && last - first < part.Length * 2 + 4)
                    {
                        Array.Fill(taken, true, start, part.Length);
                        found.Add(new LineReference(line, first, last - first + 1, LineReferenceKind.PartNumber));
                    }

                    start = end;
                }
            }

            FindStems(text, n, map, found);
            FindTransposed(text, n, found);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
            System.Buffers.ArrayPool<int>.Shared.Return(map);
            System.Buffers.ArrayPool<bool>.Shared.Return(taken);
        }

        return found;
    }

    // A part number written without its last segment ("scr m4x10" for SCR-M4X10-A2), where nothing else of the RFQ
    // starts the same way and the text does not go on with a segment of its own (SCR-M4X10-A4 is another part).
    private void FindStems(string text, ReadOnlySpan<char> n, int[] map, List<LineReference> found)
    {
        foreach (var (line, stem) in _stems)
        {
            if (found.Exists(f => f.LineNumber == line))
            {
                continue;
            }

            var at = n.IndexOf(stem.AsSpan(), StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var first = map[at];
            var last = map[at + stem.Length - 1];
            var okBefore = first == 0 || !char.IsLetterOrDigit(text[first - 1]);
            var okAfter = last + 1 >= text.Length || char.IsWhiteSpace(text[last + 1]) || text[last + 1] is ',' or ';' or ':' or ')';
            if (okBefore && okAfter && last - first < stem.Length * 2 + 4 && !SegmentFollows(text, last + 1))
            {
                found.Add(new LineReference(line, first, last - first + 1, LineReferenceKind.PartNumber));
            }
        }
    }

    // A short token with a letter right after the stem is a last segment of its own ("SH-2231-C rev A", "SCR-M4X10 A4").
    private static bool SegmentFollows(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var start = at;
        var letter = false;
        while (at < text.Length && char.IsLetterOrDigit(text[at]))
        {
            letter |= char.IsLetter(text[at]);
            at++;
        }

        return letter && at - start is >= 1 and <= 3 && (at == text.Length || !char.IsLetterOrDigit(text[at]))
            && !ConnectingWords.Contains(text.AsSpan(start, at - start).ToString().ToLowerInvariant());
    }

    // Short words that go on with the sentence, not with the part number ("Shaft SH-2231-C and housing ...").
    private static readonly HashSet<string> ConnectingWords = ["and", "or", "und", "et", "ou", "y", "e", "en", "to", "at", "is", "are", "for", "the", "of", "as", "per", "pcs", "ea"];

    // A part number typed with two neighbouring characters swapped ("GSK-EPMD-80" for GSK-EPDM-80, "PTL-0915-R2" for
    // PLT-0915-R2), when exactly one RFQ part is that close: a human reads it as that part.
    private void FindTransposed(string text, ReadOnlySpan<char> n, List<LineReference> found)
    {
        if (text.Length > 400 || found.Count > 0 || !HasPartEnd(n))
        {
            return;
        }

        foreach (Match token in TextPatterns.PartLikeToken().Matches(text))
        {
            if (found.Exists(f => token.Index < f.Index + f.Length && f.Index < token.Index + token.Length))
            {
                continue;
            }

            var typed = Normalize(token.Value);
            var unzeroed = typed.Length >= 6 ? WithoutLeadingZeros(typed) : null;
            var line = 0;
            for (var p = 0; p < _parts.Count; p++)
            {
                if (IsTransposition(typed, _parts[p].Normalized) || (unzeroed is not null && unzeroed == _partsUnzeroed[p]))
                {
                    line = line == 0 ? _parts[p].Line : -1;
                }
            }

            // "SPR-C630" for SPR-C0630-302: its stem, written without the zero.
            for (var s = 0; line == 0 && unzeroed is not null && s < _stems.Count; s++)
            {
                if (unzeroed == _stemsUnzeroed[s] && !SegmentFollows(text, token.Index + token.Length))
                {
                    line = line == 0 ? _stems[s].Line : -1;
                }
            }

            if (line > 0 && !found.Exists(f => f.LineNumber == line))
            {
                found.Add(new LineReference(line, token.Index, token.Length, LineReferenceKind.PartNumber));
            }
        }
    }

    // "PLT-915-R2" for PLT-0915-R2: a zero that leads a number is dropped as often as it is typed.
    private static string WithoutLeadingZeros(string normalized)
    {
        if (!normalized.Contains('0', StringComparison.Ordinal))
        {
            return normalized;
        }

        var kept = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var leadsNumber = normalized[i] == '0' && (i == 0 || !char.IsDigit(normalized[i - 1]) || (kept.Length > 0 && !char.IsDigit(kept[^1])))
                && i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]);
            if (!leadsNumber)
            {
                kept.Append(normalized[i]);
            }
        }

        return kept.ToString();
    }

    // A swap leaves a part's first three or last three characters whole: a text holding neither names no part this way.
    private bool HasPartEnd(ReadOnlySpan<char> n)
    {
        foreach (var (_, part) in _parts)
        {
            if (part.Length >= 6 && (n.IndexOf(part.AsSpan(0, 3), StringComparison.Ordinal) >= 0 || n.IndexOf(part.AsSpan(part.Length - 3), StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransposition(string typed, string part)
    {
        if (typed.Length != part.Length || typed.Length < 6)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < typed.Length; i++)
        {
            if (typed[i] == part[i])
            {
                continue;
            }

            if (first >= 0)
            {
                return i == first + 1 && typed[first] == part[i] && typed[i] == part[first] && typed.AsSpan(i + 1).SequenceEqual(part.AsSpan(i + 1));
            }

            first = i;
        }

        return false;
    }

    // The part number up to its last separator, normalized, when that still names a part: six letters and digits or more,
    // a digit among them. A drawing number's revision goes whole ("SH-2231-C rev B" is SH-2231-C when no revision is
    // written; "SH-2231-C rev A" names its own revision, which SegmentFollows tells).
    private static string? Stem(string partNumber)
    {
        var trimmed = partNumber.TrimEnd();
        var cut = trimmed.LastIndexOfAny(['-', ' ', '/', '.']);
        if (cut > 0 && RevisionTail().Match(trimmed) is { Success: true } revision)
        {
            cut = revision.Index;
        }

        if (cut <= 0)
        {
            return null;
        }

        var stem = Normalize(partNumber[..cut]);
        return stem.Length >= 6 && stem.AsSpan().ContainsAnyInRange('0', '9') ? stem : null;
    }

    public List<LineReference> FindLineNumbers(string text)
    {
        var found = new List<LineReference>();
        if (!TextPatterns.HasDigit(text))
        {
            return found;
        }

        // "2), 3), 4): regret": items numbered the way the vendor numbered its own above, with no word before them.
        if (text.Contains(')', StringComparison.Ordinal) && MarkerList().Match(text) is { Success: true } markers)
        {
            foreach (Capture number in markers.Groups["n"].Captures)
            {
                if (int.TryParse(number.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) && _rfq.FindLine(n) is not null)
                {
                    found.Add(new LineReference(n, number.Index, number.Length, LineReferenceKind.LineNumber));
                }
            }
        }

        // "#3  -  $2.96 per C": an item opened by its number alone.
        if (text.AsSpan().TrimStart() is ['#', ..] && HashNumber().Match(text) is { Success: true } hash
            && int.TryParse(hash.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var numbered) && _rfq.FindLine(numbered) is not null)
        {
            found.Add(new LineReference(numbered, hash.Index, hash.Length, LineReferenceKind.LineNumber));
        }

        if (!LineWords.Occurs(text))
        {
            return found;
        }

        // "The 2nd and 4th lines we have to pass on".
        if (text.AsSpan().IndexOfAny(Ordinals) >= 0 && OrdinalLines().Match(text) is { Success: true } ordinal)
        {
            foreach (var number in ExpandList(ordinal.Groups["list"].Value))
            {
                if (_rfq.FindLine(number) is not null)
                {
                    found.Add(new LineReference(number, ordinal.Index, ordinal.Length, LineReferenceKind.LineNumber));
                }
            }
        }

        foreach (Match m in TextPatterns.LineReference().Matches(text))
        {
            var keyword = m.Value.TrimStart();
            if (keyword.StartsWith("no", StringComparison.OrdinalIgnoreCase) && !keyword.StartsWith("no.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var number in ExpandList(m.Groups["list"].Value))
            {
                if (_rfq.FindLine(number) is not null)
                {
                    found.Add(new LineReference(number, m.Index, m.Length, LineReferenceKind.LineNumber));
                }
            }
        }

        return found;
    }

    public List<LineReference> FindDescriptions(string text)
    {
        var found = new List<LineReference>();
        if (_words.Count == 0)
        {
            return found;
        }

        foreach (var (word, index, length) in Words(text))
        {
            if ((_words.TryGetValue(word, out var exact) ? exact : LooselyNamedLine(word)) is { } line)
            {
                found.Add(new LineReference(line, index, length, LineReferenceKind.Description));
            }
        }

        return found;
    }

    // A description word as replies misspell or inflect it: two neighbouring letters swapped ("cabel", "scerws"), or a
    // German plural ending ("O-Ringe", "Dichtungen"). Only words of five letters or more, so short English words that
    // happen to be one swap apart ("form", "from") stay apart, and only when one line's word is that close.
    private int? LooselyNamedLine(string word)
    {
        foreach (var (stem, abroad) in _inflectedAbroad)
        {
            if (PartNouns.Inflects(word, stem))
            {
                return abroad;
            }
        }

        if (word.Length < 5)
        {
            return null;
        }

        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        int? named = null;
        foreach (var ending in (ReadOnlySpan<string>)["en", "e", "n"])
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal) && words.TryGetValue(word.AsSpan(0, word.Length - ending.Length), out var line))
            {
                return line;
            }
        }

        Span<char> swapped = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] == word[i + 1])
            {
                continue;
            }

            word.AsSpan().CopyTo(swapped);
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            if (words.TryGetValue(swapped, out var line))
            {
                if (named is { } other && other != line)
                {
                    return null;
                }

                named = line;
            }
        }

        return named;
    }

    /// <summary>The single line the description words in <paramref name="text"/> point to most, or null.</summary>
    public int? BestDescriptionMatch(string text)
    {
        var scores = FindDescriptions(text).GroupBy(r => r.LineNumber).Select(g => (Line: g.Key, Score: g.Select(r => text.Substring(r.Index, r.Length).ToLowerInvariant()).Distinct().Count())).OrderByDescending(s => s.Score).ToList();
        if (scores.Count == 0 || (scores.Count > 1 && scores[1].Score == scores[0].Score))
        {
            return null;
        }

        return scores[0].Line;
    }

    private static IEnumerable<int> ExpandList(string list)
    {
        var numbers = ListToken().Matches(list);
        var result = new List<int>();
        var range = false;
        foreach (Match token in numbers)
        {
            if (!char.IsDigit(token.Value[0]))
            {
                range = true;
                continue;
            }

            var value = int.Parse(token.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (range && result.Count > 0 && value > result[^1] && value - result[^1] <= 200)
            {
                for (var v = result[^1] + 1; v <= value; v++)
                {
                    result.Add(v);
                }
            }
            else
            {
                result.Add(value);
            }

            range = false;
        }

        return result;
    }

    /// <summary>The words of three letters or more in <paramref name="text"/>, lower-cased and stemmed, stop words left out.</summary>
    private static List<(string Word, int Index, int Length)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i - start < 3)
            {
                continue;
            }

            // Lower-cased and stemmed in place; only a word that is kept becomes a string.
            var lower = i - start <= buffer.Length ? buffer[..(i - start)] : new char[i - start];
            text.AsSpan(start, i - start).ToLowerInvariant(lower);
            if (StopWordLookup.Contains(lower))
            {
                continue;
            }

            var stem = Stem(lower);
            if (stem.Length >= 3 && !StopWordLookup.Contains(stem))
            {
                words.Add((stem.ToString(), start, i - start));
            }
        }

        return words;
    }

    /// <summary>Drops a plural ending: "-ies" becomes "-y" (written into <paramref name="word"/>), "-ses/-xes/-ches/-shes" and "-s" go.</summary>
    private static ReadOnlySpan<char> Stem(Span<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 4 && (word.EndsWith("ses") || word.EndsWith("xes") || word.EndsWith("ches") || word.EndsWith("shes")))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss"))
        {
            return word[..^1];
        }

        return word;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\d{1,3}|to|through|thru|bis|-|–|~|～", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListToken();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\)(?:\s*(?:,|&|and|und|et|y|e)\s*(?<n>\d{1,2})\))*\s*[:–-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MarkerList();

    [GeneratedRegex(@"^\s*#\s?(?<n>\d{1,3})\b(?![.,]\d)", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HashNumber();

    [GeneratedRegex(@"\b(?<list>\d{1,2}(?:st|nd|rd|th)(?:\s*(?:,|and|&|or)\s*\d{1,2}(?:st|nd|rd|th))*)\s+(?:lines?|items?|positions?|rows?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OrdinalLines();

    [GeneratedRegex(@"\s+rev\.?\s*\w{1,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RevisionTail();
}
