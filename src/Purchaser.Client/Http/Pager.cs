using System.Runtime.CompilerServices;
using Purchaser.Contracts;

namespace Purchaser.Client.Http;

/// <summary>Walks a cursor-paged list page by page, fetching the next page only when the caller gets there.</summary>
internal static class Pager
{
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(Func<string?, CancellationToken, Task<PageDto<T>>> fetchPage, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await fetchPage(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
