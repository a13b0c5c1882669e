namespace Purchaser;

/// <summary>Collects field errors while validating input, then yields one <see cref="PurchaserError"/>.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    /// <summary>Whether any error was added.</summary>
    public bool HasErrors => _fields.Count > 0;

    /// <summary>Adds an error for <paramref name="field"/> (a JSON path such as <c>lines[2].unit</c>).</summary>
    public ValidationErrors Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var messages))
        {
            messages = [];
            _fields[field] = messages;
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds every error of <paramref name="other"/>.</summary>
    public ValidationErrors AddRange(ValidationErrors other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (field, messages) in other._fields)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }

        return this;
    }

    /// <summary>Adds an error when <paramref name="condition"/> is false.</summary>
    public ValidationErrors Require(bool condition, string field, string message) => condition ? this : Add(field, message);

    /// <summary>The collected errors as one validation error.</summary>
    public PurchaserError ToError() => new(ErrorCodes.ValidationFailed, Summary(), ErrorKind.Validation)
    {
        Fields = _fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal),
    };

    /// <summary>Throws a <see cref="PurchaserException"/> when any error was added.</summary>
    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new PurchaserException(ToError());
        }
    }

    private string Summary() => _fields.Count == 1
        ? $"{_fields.Keys.First()}: {_fields.Values.First()[0]}"
        : $"{_fields.Count} fields are invalid: {string.Join(", ", _fields.Keys)}.";
}
