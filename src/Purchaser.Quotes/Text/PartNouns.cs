namespace Purchaser.Quotes.Text;

/// <summary>
/// What a part is called in the languages vendors write in: "Kablo, cıvata, motor plakası ve yay: we cannot supply" names
/// the cable, screw, plate and spring lines of an English request. Each group is one kind of part; its words are stems,
/// so inflected forms ("šrouby", "plakası", "Schrauben") are found by their start.
/// </summary>
internal static class PartNouns
{
    // Words left out on purpose: "lager" (German "ab Lager" is from stock), "mil" (Spanish "por mil"), "vida" (Spanish
    // "vida útil"), "carter" (a surname), "sac" (French bag), "desk", "staff", "support", "arc", "veer" and "slang"
    // (English words of their own). A star marks a stem whose inflected forms are found by their start; the other words
    // are found whole, or with an English or German plural ending.
    private static readonly string[][] Groups =
    [
        ["gasket", "dichtung", "flachdichtung", "joint", "junta", "guarnizione", "guarnizioni", "conta", "contası", "těsnění", "tesnenie", "uszczelk*", "pakking", "packning", "tömítés*", "garnitură"],
        ["cable", "kabel", "câble", "cabo", "cavo", "kablo", "kablosu", "przewód", "przewod*", "vezeték*", "cablu", "leitung"],
        ["screw", "shcs", "bolt", "schraube", "zylinderschraube", "vis", "tornillo", "parafuso", "vite", "cıvata", "civata", "šroub*", "skrutk*", "śrub*", "schroef", "skruv", "csavar*", "șurub*", "surub*", "bout"],
        ["spring", "feder", "druckfeder", "ressort", "resorte", "muelle", "mola", "molla", "yay", "yayı", "pružin*", "sprężyn*", "drukveer", "fjäder", "fjeder", "rugó*"],
        ["plate", "platte", "grundplatte", "plaque", "placa", "piastra", "plaka*", "płyt*", "plaat", "platta", "placă"],
        ["bearing", "kugellager", "wälzlager", "rillenkugellager", "roulement", "rodamiento", "rolamento", "cuscinetto", "cuscinetti", "rulman*", "ložisk*", "łożysk*", "kullager", "csapágy*", "rulment*"],
        ["hose", "schlauch", "tuyau", "manguera", "mangueira", "hortum*", "hadic*", "wąż", "węże", "tömlő*", "furtun*"],
        ["shaft", "welle", "arbre", "eje", "eixo", "albero", "hřídel*", "hriade*", "wał", "wałek", "tengely*", "arbore"],
        ["housing", "gehäuse", "boîtier", "carcasa", "carcaça", "alloggiamento", "gövde*", "skříň", "skříně", "obudow*", "korpus*", "behuizing", "carcasă"],
        ["bracket", "halter", "halterung", "soporte", "suporte", "staffa", "staffe", "braket*", "držák*", "držiak*", "wspornik*", "beugel", "konzol*", "suport"],
        // A tube connector is a fitting; vendors call it either.
        ["fitting", "connector", "verschraubung", "raccord", "racor", "conexão", "raccordo", "rakor*", "šroubení", "złączk*", "koppeling", "koppling", "csatlakozó*", "racord*", "stecker", "connecteur", "conector", "connettore", "konektör*", "konektor*", "złącz*"],
        ["cylinder", "zylinder", "vérin", "cilindro", "silindir*", "válec", "válce", "siłownik*", "cilinder", "henger*", "cilindru"],
        ["sheet", "blech", "tôle", "chapa", "plancha", "lámina", "lamiera", "plech*", "blach*", "plåt", "levha*"],
        ["seal", "sello", "selo", "vedação", "tenuta", "simmerring"],
        ["resin", "harz", "granulat", "résine", "resina", "reçine*", "pryskyřic*", "żywic*", "gyant*", "rășină"],
        ["washer", "scheibe", "unterlegscheibe", "rondelle", "arandela", "anilha", "rondella", "podložk*", "podkładk*"],
        ["nut", "mutter", "écrou", "tuerca", "porca", "somun*", "matic*", "nakrętk*", "moer"],
    ];

    private static readonly Dictionary<string, int> GroupOf = Index();

    /// <summary>
    /// The names of the kind of part <paramref name="word"/> (a stemmed description word) names, in other languages: whole
    /// words, and stems whose inflected forms count too. Both empty when it names no kind listed here.
    /// </summary>
    public static (IEnumerable<string> Words, IEnumerable<string> Stems) OtherNames(string word)
    {
        // The matcher drops an English plural "s" from every word ("SHCS" reads "shc").
        if (!GroupOf.TryGetValue(word, out var group) && !GroupOf.TryGetValue(word + "s", out group))
        {
            return ([], []);
        }

        var names = Groups[group];
        return (names.Where(w => w != word && !w.EndsWith('*')), names.Where(w => w.EndsWith('*')).Select(w => w[..^1]));
    }

    /// <summary>Whether <paramref name="word"/> is <paramref name="stem"/> or it with an inflected ending of up to three letters.</summary>
    public static bool Inflects(ReadOnlySpan<char> word, string stem) =>
        word.Length >= stem.Length && word.Length - stem.Length <= 3 && word.StartsWith(stem, StringComparison.Ordinal);

    private static Dictionary<string, int> Index()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var word in Groups[g])
            {
                index.TryAdd(word.TrimEnd('*'), g);
            }
        }

        return index;
    }
}
