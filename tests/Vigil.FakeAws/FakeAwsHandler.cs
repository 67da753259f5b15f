using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;
using Vigil.ScriptedAws.Faults;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws;

/// <summary>Answers one request as the scripted account would: recognise the operation, apply the fault plan,
/// find the scripted answer, page it, encode it in the service's protocol. Everything but the HTTP transport.</summary>
public sealed class FakeAwsHandler(ScriptedAccount script, FaultPlan faults, int pageSize)
{
    private readonly RequestRecognizer _recognizer = new(ModelCatalog.Default);
    private long _requestCounter;

    /// <summary>Answers the request; the call says what it was and how it was answered.</summary>
    public (FakeResponse Response, FakeCall Call) Handle(FakeRequest request)
    {
        var requestId = $"fake-{Interlocked.Increment(ref _requestCounter):D8}";
        RecognizedCall call;
        try
        {
            call = _recognizer.Recognize(request);
        }
        catch (UnrecognizedRequestException e)
        {
            var body = Encoding.UTF8.GetBytes(new JsonObject { ["__type"] = "FakeCannotRoute", ["message"] = e.Message }.ToJsonString());
            return (new FakeResponse(400, ResponseEncoder.Headers("application/json", requestId), body), new FakeCall($"{request.Method} {request.Path}", "", 400, "FakeCannotRoute"));
        }
        var (response, error) = Answer(call, request.Method == "HEAD", requestId);
        return (response, new FakeCall(call.Key, call.Region, response.StatusCode, error));
    }

    private (FakeResponse Response, string? ErrorCode) Answer(RecognizedCall call, bool head, string requestId)
    {
        var encoder = ResponseEncoder.For(call.Operation.Service.Protocol);
        (FakeResponse, string?) Fail(FakeError error) => (encoder.EncodeError(call.Operation, error, requestId, head), error.Code);
        if (faults.Decide(call) is { } fault) return Fail(fault);
        var answer = script.Find(call);
        if (answer is null && script.Unscripted == UnscriptedCalls.Fail) return Fail(new FakeError("UnscriptedOperation", $"the script has no answer for {call.Key}", 400));
        if (answer?.Error is { } error) return Fail(error);
        try
        {
            var page = Pager.Page(call.Operation, answer?.Output ?? [], call.Input, pageSize);
            return (encoder.Encode(call.Operation, page, requestId), null);
        }
        catch (ArgumentException e)
        {
            return Fail(new FakeError("FakeScriptError", e.Message, 400));
        }
    }
}
