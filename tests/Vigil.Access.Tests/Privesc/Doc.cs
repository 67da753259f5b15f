namespace Vigil.Access.Tests.Privesc;

/// <summary>Policy documents for privilege-escalation fixtures.</summary>
internal static class Doc
{
    public static string Allow(params string[] actions) => Statements(Statement("Allow", actions));

    public static string AllowWhen(string condition, params string[] actions) => Statements(Statement("Allow", actions, condition: condition));

    public static string Statement(string effect, string[] actions, string resource = "*", string? condition = null, bool notAction = false)
    {
        var list = string.Join(",", actions.Select(a => $"\"{a}\""));
        var conditionPart = condition is null ? "" : $",\"Condition\":{condition}";
        return $$"""{"Effect":"{{effect}}","{{(notAction ? "NotAction" : "Action")}}":[{{list}}],"Resource":"{{resource}}"{{conditionPart}}}""";
    }

    public static string Statements(params string[] statements) =>
        $$"""{"Version":"2012-10-17","Statement":[{{string.Join(",", statements)}}]}""";

    public static string Trust(params string[] principals)
    {
        var aws = principals.Where(p => !p.EndsWith(".amazonaws.com", StringComparison.Ordinal)).Select(p => $"\"{p}\"").ToList();
        var services = principals.Where(p => p.EndsWith(".amazonaws.com", StringComparison.Ordinal)).Select(p => $"\"{p}\"").ToList();
        var parts = new List<string>();
        if (aws.Count > 0) parts.Add($"\"AWS\":[{string.Join(",", aws)}]");
        if (services.Count > 0) parts.Add($"\"Service\":[{string.Join(",", services)}]");
        return $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{{{string.Join(",", parts)}}},"Action":"sts:AssumeRole"}]}""";
    }

    public const string Everything = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    /// <summary>Every service principal a pass-role technique passes to.</summary>
    public static readonly string[] Services =
    [
        "ec2.amazonaws.com", "lambda.amazonaws.com", "glue.amazonaws.com", "cloudformation.amazonaws.com", "datapipeline.amazonaws.com",
        "codebuild.amazonaws.com", "sagemaker.amazonaws.com", "ecs-tasks.amazonaws.com", "tasks.apprunner.amazonaws.com", "bedrock-agentcore.amazonaws.com",
    ];
}
