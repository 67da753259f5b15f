using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Aws.Execution;

/// <summary>A call that failed for good: AWS answered with an error (after any retries), the response could not be
/// read, or no answer came (ErrorCode RequestTimeout or NetworkError, HttpStatus 0).</summary>
public sealed class AwsServiceException : Exception
{
    public AwsServiceException(string service, string region, string operation, string errorCode, string serviceMessage, int httpStatus, string? requestId, Exception? inner = null)
        : base(Describe(service, region, operation, errorCode, serviceMessage, httpStatus), inner)
    {
        Service = service;
        Region = region;
        Operation = operation;
        ErrorCode = errorCode;
        ServiceMessage = serviceMessage;
        HttpStatus = httpStatus;
        RequestId = requestId;
    }

    public string Service { get; }
    public string Region { get; }
    public string Operation { get; }
    public string ErrorCode { get; }
    /// <summary>The message AWS sent (or the reason no answer came).</summary>
    public string ServiceMessage { get; }
    public int HttpStatus { get; }
    public string? RequestId { get; }

    public bool IsThrottling => ErrorClassification.IsThrottling(ErrorCode, HttpStatus);
    public bool IsAccessDenied => ErrorClassification.IsAccessDenied(ErrorCode);

    /// <summary>The snapshot record of this failure, for the checks that needed the data.</summary>
    public CollectionError ToCollectionError(string accountId, string? resourceType = null, string? resourceArn = null, string? property = null) => new()
    {
        AccountId = accountId,
        Service = Service,
        Region = Region,
        Operation = Operation,
        ErrorCode = ErrorCode,
        Message = ServiceMessage,
        ResourceType = resourceType,
        ResourceArn = resourceArn,
        Property = property,
    };

    private static string Describe(string service, string region, string operation, string code, string message, int status) =>
        $"{service}:{operation} in {region} failed with {code}" +
        (status > 0 ? $" (HTTP {status.ToString(CultureInfo.InvariantCulture)})" : "") +
        (string.IsNullOrEmpty(message) ? "" : $": {message}");
}
