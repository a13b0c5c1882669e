using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class CalendarWeekTests
{
    private static readonly DateOnly Quoted = new(2026, 6, 15);

    [Theory]
    [InlineData("KW 34 (17.-21.08.2026)", 67)] // Friday 21 August 2026
    [InlineData("delivery CW 30", 39)]
    [InlineData("ships in week 26", 11)]
    [InlineData("KW 2/2027", 214)] // Friday 15 January 2027
    [InlineData("KW 10", 270)] // week 10 of 2026 is past: next year's, Friday 12 March 2027
    [InlineData("Levering: uge 34", 67)] // Danish
    [InlineData("leverans vecka 30", 39)] // Swedish
    public void A_calendar_week_is_its_friday(string text, int days)
    {
        Assert.Equal(days, CalendarWeek.DaysAfter(text, Quoted));
    }

    [Theory]
    [InlineData("4 weeks")]
    [InlineData("week 4 weeks")]
    [InlineData("KW 60")]
    [InlineData("next week")]
    public void Durations_and_impossible_weeks_are_not_calendar_weeks(string text)
    {
        Assert.Null(CalendarWeek.DaysAfter(text, Quoted));
    }
}
