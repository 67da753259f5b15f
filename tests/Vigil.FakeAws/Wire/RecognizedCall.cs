using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>A request the fake understood: which operation, in which region, with which top-level input members
/// (botocore member names; scalars as they came, lists of scalars as arrays).</summary>
public sealed record RecognizedCall(Operation Operation, string Region, JsonObject Input)
{
    public string Service => Operation.Service.Name;
    public string Key => $"{Operation.Service.Name}:{Operation.Name}";
}
