using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>The outcome of one read that may fail: a value, or the failure to record.</summary>
internal readonly record struct Read<T>(T? Value, AwsServiceException? Failure)
{
    public static async Task<Read<T>> Of(Func<Task<T>> read)
    {
        try
        {
            return new(await read().ConfigureAwait(false), null);
        }
        catch (AwsServiceException e)
        {
            return new(default, e);
        }
    }
}
