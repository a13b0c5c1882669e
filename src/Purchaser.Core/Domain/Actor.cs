namespace Purchaser.Domain;

/// <summary>Who performed a change: recorded in the audit log and on awards.</summary>
/// <param name="Kind">What kind of caller: <c>api-key</c>, <c>user</c>, <c>system</c>.</param>
/// <param name="Id">The caller's identifier within its kind.</param>
/// <param name="Name">A display name.</param>
public sealed record Actor(string Kind, string Id, string Name)
{
    /// <summary>The engine itself (scheduled closing, inbound mail).</summary>
    public static Actor System { get; } = new("system", "purchaser", "Purchaser");

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Id} ({Name})";
}
