using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>The errors each protocol's services really send for throttling, a denied call and an internal failure
/// (codes and HTTP statuses from the services' API references).</summary>
public static class ServiceErrors
{
    public static FakeError Throttling(ServiceModel service) => (service.Name, service.Protocol) switch
    {
        ("sqs", _) => new("RequestThrottled", "Request is throttled.", 400),
        ("s3" or "s3control", _) => new("SlowDown", "Please reduce your request rate.", 503),
        (_, WireProtocol.Ec2) => new("RequestLimitExceeded", "Request limit exceeded.", 503),
        (_, WireProtocol.Query or WireProtocol.RestXml) => new("Throttling", "Rate exceeded", 400),
        (_, WireProtocol.Json) => new("ThrottlingException", "Rate exceeded", 400),
        _ => new("TooManyRequestsException", "Rate exceeded", 429),
    };

    public static FakeError AccessDenied(ServiceModel service, string operation) => (service.Name, service.Protocol) switch
    {
        ("sns", _) => new("AuthorizationError", $"User is not authorized to perform: sns:{operation}", 403),
        ("sqs", _) => new("AccessDenied", $"Access to the resource is denied (sqs:{operation}).", 403),
        (_, WireProtocol.Ec2) => new("UnauthorizedOperation", $"You are not authorized to perform this operation (ec2:{operation}).", 403),
        (_, WireProtocol.Query or WireProtocol.RestXml) => new("AccessDenied", $"User is not authorized to perform: {service.SigningName}:{operation}", 403),
        (_, WireProtocol.Json) => new("AccessDeniedException", $"User is not authorized to perform: {service.SigningName}:{operation}", 400),
        _ => new("AccessDeniedException", $"User is not authorized to perform: {service.SigningName}:{operation}", 403),
    };

    public static FakeError InternalFailure(ServiceModel service) => service.Protocol switch
    {
        WireProtocol.Query => new("InternalFailure", "The request processing has failed because of an unknown error.", 500),
        WireProtocol.Ec2 or WireProtocol.RestXml => new("InternalError", "We encountered an internal error. Please try again.", 500),
        WireProtocol.Json when service.Name == "dynamodb" => new("InternalServerError", "Internal server error", 500),
        WireProtocol.Json => new("InternalFailure", "The request processing has failed because of an unknown error.", 500),
        _ => new("ServiceUnavailableException", "The service is unavailable. Try again later.", 503),
    };
}
