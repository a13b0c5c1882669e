namespace Purchaser.Quotes.Text;

/// <summary>A unit word as written by a vendor: what it measures and how many base units (piece, metre, kilogram, litre) it holds.</summary>
internal readonly record struct UnitWord(UnitKind Kind, decimal Factor, bool IsPackage, string Word);

/// <summary>Reads unit words (pcs, m, ft, kg, box, spool...) and converts amounts between them.</summary>
internal static class UnitWords
{
    private static readonly Dictionary<string, UnitWord> Table = Build();

    private static readonly UnitWord Metre = Table["m"];

    /// <summary>
    /// What <paramref name="unit"/> stands for on a line bought in units of <paramref name="lineKind"/>: "mt" is a metric
    /// ton, but the Italian and Spanish metre on a line bought by length ("USD 1,36 /mt" of cable).
    /// </summary>
    public static UnitWord ForLine(UnitWord unit, UnitKind lineKind) => unit.Word == "mt" && lineKind == UnitKind.Length ? Metre : unit;

    public static UnitWord? Read(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return null;
        }

        var key = word.Trim().TrimEnd('.', ',', ':', ';', ')').ToLowerInvariant();
        return Table.TryGetValue(key, out var unit) ? unit : null;
    }

    /// <summary>Base units (piece, metre, kg, litre) in one RFQ unit; packages are resolved from the RFQ line's description.</summary>
    public static decimal? BaseFactor(UnitOfMeasure unit, PackSizes packs)
    {
        if (Read(unit.Code) is { IsPackage: false } known)
        {
            return known.Factor;
        }

        return unit.Kind == UnitKind.Package ? packs.For(unit.Code) : unit.Kind is UnitKind.Count ? 1 : null;
    }

    /// <summary>The word every name of a distributor's sell unit ("sales unit", "selling unit") reads as.</summary>
    public const string SellUnit = "sell unit";

    /// <summary>Package words in English, as the package patterns of <see cref="PackSizes"/> alternate them.</summary>
    public const string Packages = "box(?:es)?|packs?|packages?|pkgs?|spools?|reels?|rolls?|bags?|cases?|cartons?|coils?|drums?|tubes?|bundles?|pallets?|" + PackagesAbroad;

    /// <summary>Package words in German, French and Spanish, as an alternation the package patterns add to their English words.</summary>
    public const string PackagesAbroad = "paletten?|kartong(?:er)?|doos|säck(?:ar)?|sække?|sackware|säcken|säcke|sacks?|sachets?|crates?|beuteln|sacs?|sacos?|bolsas?|beutel|bobines?|bobinas?|tourets?|carretes?|spulen?|rouleaux|rouleau|rollos?|rollen?|rol|boîtes?|cajas?|kartons?|kisten?|trommeln?|embalage(?:ns|m)|embalajes?|paquetes?|opakowani[ea]|confezion[ei]|ve|vpe|c[íi]vk[ayu]|c[íi]vek|cievk[ay]|cievok|krabic[ea]?|balen[íi]e?|kotou[čc]e?|szpul[ae]?|makaras?ı?|kutu(?:su)?|koli(?:si)?|rulo|caixas?|carret[ée]is|carretel|tekercs|doboz|csomag|verpakking|verp|zak(?:ken)?|haspels?|rull(?:e|ar|er)|palet(?:[ae]s?|y)";

    private static Dictionary<string, UnitWord> Build()
    {
        var table = new Dictionary<string, UnitWord>(StringComparer.Ordinal);
        void Add(UnitKind kind, decimal factor, bool package, params string[] words)
        {
            foreach (var w in words)
            {
                table[w] = new UnitWord(kind, factor, package, words[0]);
            }
        }

        Add(UnitKind.Count, 1, false, "pc", "pcs", "piece", "pieces", "ea", "each", "unit", "units", "stk", "stück", "st", "stck", "stuk", "stuks", "nos", "no", "pce", "pces", "pièce", "pièces", "pieza", "piezas", "pezzo", "pezzi", "pz", "pzs", "ks", "szt", "un", "u", "ud", "uds", "unidad", "unidades", "item", "items", "part", "parts", "off", "x", "sheet", "sheets", "peça", "peças", "pç", "pçs", "db", "buc", "bucăți", "bucati", "adet", "kpl");
        Add(UnitKind.Count, 2, false, "pr", "pair", "pairs");
        Add(UnitKind.Count, 12, false, "dozen", "dozens", "doz", "dz");
        Add(UnitKind.Count, 144, false, "gross");
        Add(UnitKind.Count, 12, false, "dz", "doz", "dozen");
        Add(UnitKind.Count, 100, false, "c", "hnd", "hundred", "cento", "ciento");
        Add(UnitKind.Count, 1000, false, "k", "tho", "thousand", "mille", "millar", "milheiro", "milhar", "kpcs", "kpc", "mpcs", "m pcs");
        Add(UnitKind.Length, 0.001m, false, "mm", "millimetre", "millimeter", "millimetres", "millimeters");
        Add(UnitKind.Length, 0.01m, false, "cm", "centimetre", "centimeter", "centimetres", "centimeters");
        Add(UnitKind.Length, 1, false, "m", "mtr", "mtrs", "metre", "meter", "metres", "meters", "lm", "lfm", "fm", "folyóméter", "metro", "metros", "metri");
        Add(UnitKind.Length, 1000, false, "km", "kilometre", "kilometer");
        Add(UnitKind.Length, 0.0254m, false, "in", "inch", "inches");
        Add(UnitKind.Length, 0.3048m, false, "ft", "foot", "feet", "lf");
        Add(UnitKind.Length, 0.9144m, false, "yd", "yard", "yards");
        Add(UnitKind.Mass, 0.001m, false, "g", "gram", "grams");
        Add(UnitKind.Mass, 1, false, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms");
        Add(UnitKind.Mass, 1000, false, "t", "tonne", "tonnes", "ton", "tons");

        // A metric ton, but "mt" is also the Italian and Spanish metre: see ForLine.
        Add(UnitKind.Mass, 1000, false, "mt", "mts");
        Add(UnitKind.Mass, 0.45359237m, false, "lb", "lbs", "pound", "pounds");
        Add(UnitKind.Mass, 0.028349523125m, false, "oz", "ounce", "ounces");
        Add(UnitKind.Volume, 0.001m, false, "ml", "millilitre", "milliliter");
        Add(UnitKind.Volume, 1, false, "l", "ltr", "litre", "liter", "litres", "liters");
        Add(UnitKind.Volume, 1000, false, "m3", "cbm");
        Add(UnitKind.Volume, 3.785411784m, false, "gal", "gallon", "gallons");
        Add(UnitKind.Area, 1, false, "m2", "sqm", "m²");
        Add(UnitKind.Area, 0.09290304m, false, "ft2", "sqft", "ft²");
        Add(UnitKind.Package, 0, true, "box", "boxes", "bx", "boîte", "boîtes", "caja", "cajas", "doos", "krabice", "krabic", "krabica", "kutu", "kutusu", "caixa", "caixas", "doboz");
        Add(UnitKind.Package, 0, true, "ve", "vpe"); // Verpackungseinheit: the packing unit a German price list sells by
        Add(UnitKind.Package, 0, true, "pack", "packs", "pk", "pkg", "pkgs", "package", "packages", "packet", "packets", "embalagem", "embalagens", "embalaje", "embalajes", "paquete", "paquetes", "opakowanie", "opakowania", "confezione", "confezioni", "balení", "balenie", "csomag", "verpakking", "verp");
        Add(UnitKind.Package, 0, true, "spool", "spools", "spl", "spule", "spulen", "cívka", "cívky", "cívku", "cívek", "civka", "civky", "civek", "cievka", "cievky", "cievok", "szpula", "szpule", "szpul", "makara", "makarası", "carretel", "carretéis", "tekercs");
        Add(UnitKind.Package, 0, true, "reel", "reels", "bobine", "bobines", "bobina", "bobinas", "touret", "tourets", "carrete", "carretes", "kotouč", "kotouče", "haspel", "haspels");
        Add(UnitKind.Package, 0, true, "roll", "rolls", "rl", "rouleau", "rouleaux", "rollo", "rollos", "rolle", "rollen", "rol", "rulo", "rulle", "rullar", "ruller");
        Add(UnitKind.Package, 0, true, "bag", "bags", "bg", "sack", "sacks", "säcke", "sackware", "sac", "sacs", "saco", "sacos", "bolsa", "bolsas", "beutel", "beuteln", "säcken", "sachet", "sachets", "säck", "säckar", "sæk", "sække", "zak", "zakken");
        Add(UnitKind.Package, 0, true, "case", "cases", "cs", "carton", "cartons", "ctn", "karton", "kartons", "kartonen", "kartong", "kartonger", "kiste", "kisten", "crate", "crates", "koli", "kolisi");
        Add(UnitKind.Package, 0, true, "coil", "coils");
        Add(UnitKind.Package, 0, true, "pallet", "pallets", "palette", "paletten", "palete", "paletes", "paleta", "palety");
        // What a distributor sells by, whatever the package: the one package size its row or text states.
        Add(UnitKind.Package, 0, true, SellUnit, "sell units", "sales unit", "sales units", "selling unit", "selling units", "sale unit");
        Add(UnitKind.Package, 0, true, "drum", "drums", "trommel", "trommeln");
        Add(UnitKind.Package, 0, true, "tube", "tubes");
        Add(UnitKind.Package, 0, true, "bundle", "bundles");
        Add(UnitKind.Package, 0, true, "pail", "pails");
        Add(UnitKind.Package, 0, true, "set", "sets", "kit", "kits", "lot", "lots");
        return table;
    }
}
