using Vigil.Aws.Collection;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.S3;

/// <summary>The detail calls of one resource: a call that fails leaves its properties at the fallback, names them in
/// <see cref="Unreadable"/> and records the error; an error meaning "not configured" yields the absent value instead.</summary>
internal sealed class DetailReads(CollectionSink sink, string accountId, string resourceType, string resourceArn)
{
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _unreadable = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Unreadable
    {
        get { lock (_lock) return [.. _unreadable]; }
    }

    public async Task<T> ReadAsync<T>(string[] properties, Func<Task<T>> read, T fallback, IReadOnlyCollection<string>? absentCodes = null, T absent = default!)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (absentCodes is not null && absentCodes.Contains(e.ErrorCode, StringComparer.Ordinal))
        {
            return absent;
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, accountId, resourceType, resourceArn, string.Join(",", properties));
            lock (_lock) _unreadable.UnionWith(properties);
            return fallback;
        }
    }

    public Task<T> ReadAsync<T>(string property, Func<Task<T>> read, T fallback, IReadOnlyCollection<string>? absentCodes = null, T absent = default!) =>
        ReadAsync([property], read, fallback, absentCodes, absent);

    public void MarkUnreadable(string property)
    {
        lock (_lock) _unreadable.Add(property);
    }

    /// <summary>Marks a property unreadable because a call that serves many resources (a region-wide listing) failed.</summary>
    public void MarkUnreadable(string property, AwsServiceException cause)
    {
        sink.Failed(cause, accountId, resourceType, resourceArn, property);
        MarkUnreadable(property);
    }
}
