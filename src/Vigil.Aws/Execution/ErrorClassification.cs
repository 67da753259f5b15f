namespace Vigil.Aws.Execution;

/// <summary>Which error codes are throttling, transient (worth retrying) or access denials, after the AWS SDKs'
/// standard retry mode lists.</summary>
public static class ErrorClassification
{
    public const string RequestTimeout = "RequestTimeout";
    public const string NetworkError = "NetworkError";

    private static readonly HashSet<string> Throttling = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        RequestTimeout, NetworkError, "RequestTimeoutException", "InternalError", "InternalFailure", "InternalServerError",
        "InternalServerException", "ServiceUnavailable", "ServiceUnavailableException", "IDPCommunicationError",
    };

    private static readonly HashSet<string> AccessDenied = new(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess", "AuthorizationError",
        "AuthorizationErrorException", "Forbidden", "403",
    };

    private static readonly HashSet<string> ClockSkewCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture", "InvalidSignatureException", "SignatureDoesNotMatch",
        "AuthFailure", "InvalidSignature",
    };

    /// <summary>Errors AWS gives for a request signed with a time too far from its own.</summary>
    public static bool IsClockSkew(string code) => ClockSkewCodes.Contains(code);

    public static bool IsThrottling(string code, int httpStatus) => httpStatus == 429 || Throttling.Contains(code);

    public static bool IsRetryable(string code, int httpStatus) =>
        IsThrottling(code, httpStatus) || Transient.Contains(code) || httpStatus is 500 or 502 or 503 or 504;

    public static bool IsAccessDenied(string code) => AccessDenied.Contains(code);
}
