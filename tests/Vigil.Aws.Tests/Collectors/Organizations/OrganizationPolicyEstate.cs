using System.Net;
using System.Text.Json;
using Vigil.Aws.Tests.Collectors.Iam;

namespace Vigil.Aws.Tests.Collectors.Organizations;

/// <summary>An organization as organizations answers about it (AWS API reference examples): root r-examplerootid111,
/// OU ou-examplerootid111-exampleouid222 holding ou-examplerootid111-exampleouid333 holding the account; FullAWSAccess
/// on the root, a deny SCP on the inner OU (listed on a second page), and RCPFullAWSAccess.</summary>
internal static class OrganizationPolicyEstate
{
    public const string Root = "r-examplerootid111";
    public const string Outer = "ou-examplerootid111-exampleouid222";
    public const string Inner = "ou-examplerootid111-exampleouid333";
    public const string FullAccessArn = "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess";
    public const string DenyArn = "arn:aws:organizations::111111111111:policy/o-exampleorgid/service_control_policy/p-examplepolicyid111";
    public const string RcpArn = "arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess";
    public const string DenyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}""";

    public static FakeAws Organization() => new FakeAws()
        .On("organizations:ListParents", call => Field(call, "ChildId") switch
        {
            CollectorRun.AccountId => Parent(Inner, "ORGANIZATIONAL_UNIT"),
            Inner => Parent(Outer, "ORGANIZATIONAL_UNIT"),
            Outer => Parent(Root, "ROOT"),
            var other => Wire.JsonError(HttpStatusCode.BadRequest, "ChildNotFoundException", $"{other} not found"),
        })
        .On("organizations:ListPolicies", call => (Field(call, "Filter"), Field(call, "NextToken")) switch
        {
            ("SERVICE_CONTROL_POLICY", null) => Wire.Json($$"""{"Policies":[{{Summary("p-FullAWSAccess", FullAccessArn, "FullAWSAccess", "SERVICE_CONTROL_POLICY", true)}}],"NextToken":"page2"}"""),
            ("SERVICE_CONTROL_POLICY", "page2") => Wire.Json($$"""{"Policies":[{{Summary("p-examplepolicyid111", DenyArn, "NoBucketDeletes", "SERVICE_CONTROL_POLICY", false)}}]}"""),
            ("RESOURCE_CONTROL_POLICY", null) => Wire.Json($$"""{"Policies":[{{Summary("p-RCPFullAWSAccess", RcpArn, "RCPFullAWSAccess", "RESOURCE_CONTROL_POLICY", true)}}]}"""),
            var other => Wire.JsonError(HttpStatusCode.BadRequest, "InvalidInputException", $"unexpected {other}"),
        })
        .On("organizations:DescribePolicy", call => Field(call, "PolicyId") switch
        {
            "p-examplepolicyid111" => Wire.Json(Describe("p-examplepolicyid111", DenyArn, DenyDocument)),
            var id => Wire.Json(Describe(id!, id == "p-FullAWSAccess" ? FullAccessArn : RcpArn,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""")),
        })
        .On("organizations:ListTargetsForPolicy", call => Field(call, "PolicyId") switch
        {
            "p-examplepolicyid111" => Targets(Inner),
            _ => Targets(Root),
        });

    public static string? Field(FakeAwsCall call, string name)
    {
        using var body = JsonDocument.Parse(call.Body);
        return body.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;
    }

    public static HttpResponseMessage Denied(string action) =>
        Wire.JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", $"You don't have permissions to access this resource ({action}).");

    private static HttpResponseMessage Parent(string id, string type) => Wire.Json($$"""{"Parents":[{"Id":"{{id}}","Type":"{{type}}"}]}""");

    private static string Summary(string id, string arn, string name, string type, bool awsManaged) =>
        $$"""{"Id":"{{id}}","Arn":"{{arn}}","Name":"{{name}}","Description":"","Type":"{{type}}","AwsManaged":{{(awsManaged ? "true" : "false")}}}""";

    private static string Describe(string id, string arn, string content) =>
        $$"""{"Policy":{"PolicySummary":{"Id":"{{id}}","Arn":"{{arn}}","Name":"{{id}}"},"Content":""" + JsonSerializer.Serialize(content) + "}}";

    private static HttpResponseMessage Targets(string target) =>
        Wire.Json($$"""{"Targets":[{"TargetId":"{{target}}","Arn":"arn:aws:organizations::111111111111:root/o-exampleorgid/{{target}}","Name":"Root","Type":"ROOT"}]}""");
}
