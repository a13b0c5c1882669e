using Purchaser.Domain;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Tables;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

/// <summary>A reply written in Chinese: its headers, counting words, lead times, dates and declines read as in English.</summary>
public class ChineseReplyTests
{
    private readonly QuoteParser _parser = new();

    [Theory]
    [InlineData("序号", nameof(ColumnRole.LineNumber))]
    [InlineData("料号", nameof(ColumnRole.Part))]
    [InlineData("物料编码", nameof(ColumnRole.Part))]
    [InlineData("品名", nameof(ColumnRole.Description))]
    [InlineData("数量", nameof(ColumnRole.Quantity))]
    [InlineData("单价 (USD)", nameof(ColumnRole.UnitPrice))]
    [InlineData("含税单价", nameof(ColumnRole.UnitPrice))]
    [InlineData("金额", nameof(ColumnRole.Total))]
    [InlineData("交期", nameof(ColumnRole.LeadTime))]
    [InlineData("交货期", nameof(ColumnRole.LeadTime))]
    [InlineData("最小起订量", nameof(ColumnRole.Moq))]
    [InlineData("备注", nameof(ColumnRole.Comment))]
    public void Headers_are_read_by_meaning(string header, string role) => Assert.Equal(role, HeaderReader.Role(header).ToString());

    [Theory]
    [InlineData("4周", 28)]
    [InlineData("15个工作日", 21)]
    [InlineData("现货", 0)]
    [InlineData("交货期为30天", 30)]
    [InlineData("3个月", 90)]
    [InlineData("2-3个星期", 21)]
    public void Lead_times_convert_to_calendar_days(string text, int days) => Assert.Equal(days, LeadTimeParser.Parse(text));

    [Theory]
    [InlineData("报价日期：2026年6月5日")]
    [InlineData("7月底前发货")]
    public void A_date_or_a_month_name_is_not_a_lead_time(string text) => Assert.Null(LeadTimeParser.Parse(text));

    [Theory]
    [InlineData(" /件", 0.176, 0.176)]
    [InlineData(" /千件", 28.80, 0.0288)]
    [InlineData("每百个", 5.00, 0.05)]
    public void Counting_words_give_the_price_basis(string basisText, double amount, double expected)
    {
        var line = new RfqLine(1, "P-1", "Screw", 20000, UnitOfMeasure.Each, null);
        var basis = PriceBasis.ReadAfter(basisText, out _) ?? PriceBasis.One;
        Assert.Equal((decimal)expected, basis.ToRfqUnit((decimal)amount, line, PackSizes.From(line.Description)));
    }

    [Theory]
    [InlineData("报价有效期至：2026年7月31日", "2026-07-31")]
    [InlineData("报价有效期：30天", "2026-07-02")]
    public void Validity_reads_chinese_dates_and_durations(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TermsReader.Validity(text, new DateOnly(2026, 6, 2)));

    [Fact]
    public void A_chinese_table_reply_with_a_declined_line_is_a_partial_quote()
    {
        const string body = """
            您好，我司报价如下（美元 USD）：

            序号  料号         品名          数量         单价 (USD)     交期
            1     ABC-100      钢制部件      1,000 件     0.24 /件       15个工作日

            第2项（XYZ-200）：无法报价，不在我司产品范围内。

            贸易条款：FOB 宁波
            报价有效期至：2026年7月31日
            """;

        var quote = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create());

        Assert.Equal(QuoteClassification.Quote, quote.Classification);
        Assert.Equal("FOB", quote.Incoterms);
        Assert.Equal(new DateOnly(2026, 7, 31), quote.ValidUntil);
        var first = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(0.24m, first.UnitPrice!.Value.Amount);
        Assert.Equal(21, first.LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }
}
