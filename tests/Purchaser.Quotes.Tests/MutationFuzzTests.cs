using CsCheck;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>
/// Property: whatever a real reply is mutated into (flipped bytes, truncation, a duplicated chunk, junk headers, broken
/// boundaries), the parser returns a quote with a valid status and never throws.
/// </summary>
public sealed class MutationFuzzTests
{
    private static readonly byte[][] Seeds = [.. Directory.GetFiles(TestFiles.SharedSamples(), "*.eml").Concat(Directory.GetFiles(TestFiles.Corpus(), "*.eml")).Select(File.ReadAllBytes)];
    private static readonly Rfq Rfq = TestFiles.LoadRfq(Path.Combine(TestFiles.SharedSamples(), "rfq-sample.json"));
    private static readonly QuoteParser Parser = new();

    private static readonly Gen<byte[]> Mutated =
        from seed in Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i])
        from kind in Gen.Int[0, 4]
        from position in Gen.Double[0, 1]
        from length in Gen.Int[1, 400]
        from noise in Gen.Byte.Array[1, 64]
        select Mutate(seed, kind, (int)(position * (seed.Length - 1)), length, noise);

    [Fact]
    public void Mutated_replies_never_throw_and_always_get_a_status() =>
        Mutated.Sample(mime =>
        {
            var quote = Parser.Parse(mime, Rfq);
            return Enum.IsDefined(quote.Status)
                && (quote.Status != QuoteStatus.Unparseable || !string.IsNullOrEmpty(quote.Reason))
                && quote.Lines.All(l => Rfq.FindLine(l.LineNumber) is not null);
        }, iter: 400, threads: 1);

    private static byte[] Mutate(byte[] seed, int kind, int position, int length, byte[] noise)
    {
        var bytes = seed.ToList();
        switch (kind)
        {
            case 0:
                for (var i = 0; i < noise.Length && position + i < bytes.Count; i++)
                {
                    bytes[position + i] ^= noise[i];
                }

                break;
            case 1:
                bytes.RemoveRange(position, bytes.Count - position);
                break;
            case 2:
                bytes.InsertRange(position, bytes.Skip(position).Take(length).ToList());
                break;
            case 3:
                bytes.InsertRange(0, System.Text.Encoding.ASCII.GetBytes($"X-Junk: {new string('a', length)}\r\nContent-Type: multipart/mixed; boundary=\"{Convert.ToHexString(noise)}\"\r\n"));
                break;
            default:
                bytes.InsertRange(position, noise);
                break;
        }

        return [.. bytes];
    }
}
