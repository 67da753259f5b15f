using System.Collections.Concurrent;
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

    public ConcurrentQueue<FakeCall> Calls { get; } = new();

    public FakeResponse Handle(FakeRequest request)
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
            Calls.Enqueue(new FakeCall($"{request.Method} {request.Path}", "", 400));
            return new FakeResponse(400, ResponseEncoder.Headers("application/json", requestId), body);
        }
        var response = Answer(call, request.Method == "HEAD", requestId);
        Calls.Enqueue(new FakeCall(call.Key, call.Region, response.StatusCode));
        return response;
    }

    private FakeResponse Answer(RecognizedCall call, bool head, string requestId)
    {
        var encoder = ResponseEncoder.For(call.Operation.Service.Protocol);
        if (faults.Decide(call) is { } fault) return encoder.EncodeError(call.Operation, fault, requestId, head);
        var answer = script.Find(call);
        if (answer is null && script.Unscripted == UnscriptedCalls.Fail)
        {
            return encoder.EncodeError(call.Operation, new FakeError("UnscriptedOperation", $"the script has no answer for {call.Key}", 400), requestId, head);
        }
        if (answer?.Error is { } error) return encoder.EncodeError(call.Operation, error, requestId, head);
        try
        {
            var page = Pager.Page(call.Operation, answer?.Output ?? [], call.Input, pageSize);
            return encoder.Encode(call.Operation, page, requestId);
        }
        catch (ArgumentException e)
        {
            return encoder.EncodeError(call.Operation, new FakeError("FakeScriptError", e.Message, 400), requestId, head);
        }
    }
}
