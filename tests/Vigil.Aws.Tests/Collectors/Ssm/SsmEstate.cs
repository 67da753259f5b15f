using System.Net;
using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Ssm;

/// <summary>Systems Manager in its json wire format (after the AWS Systems Manager API reference): two managed instances
/// over two pages, one patch compliant, one missing critical patches with a failed association; a public document and
/// a privately shared one (the second over two pages of DescribeDocumentPermission).</summary>
internal static class SsmEstate
{
    public const string WebArn = "arn:aws:ssm:eu-west-1:123456789012:managed-instance/i-1234567890abcdef0";
    public const string DbArn = "arn:aws:ssm:eu-west-1:123456789012:managed-instance/i-0db";
    public const string PublicDocArn = "arn:aws:ssm:eu-west-1:123456789012:document/restart-web";
    public const string SharedDocArn = "arn:aws:ssm:eu-west-1:123456789012:document/rotate-logs";

    public static FakeAws Register(FakeAws fake) => fake
        .On("ssm", "DescribeInstanceInformation", r => FakeAws.Json(r.Body.Contains("NextToken", StringComparison.Ordinal) ? InstancesPage2 : InstancesPage1))
        .On("ssm", "ListResourceComplianceSummaries", _ => FakeAws.Json(Compliance))
        .On("ssm", "DescribeInstancePatchStates", _ => FakeAws.Json(PatchStates))
        .On("ssm", "ListDocuments", _ => FakeAws.Json(Documents))
        .On("ssm", "DescribeDocumentPermission", r => FakeAws.Json(
            r.Body.Contains("restart-web", StringComparison.Ordinal) ? """{"AccountIds":["all"]}"""
            : r.Body.Contains("\"NextToken\"", StringComparison.Ordinal) ? """{"AccountIds":["333333333333"]}"""
            : """{"AccountIds":["210987654321"],"NextToken":"more"}"""));

    public static HttpResponseMessage Denied() =>
        FakeAws.Json("""{"__type":"AccessDeniedException","message":"User is not authorized to perform this operation"}""", HttpStatusCode.BadRequest);

    private const string InstancesPage1 = """
        {"InstanceInformationList":[{"InstanceId":"i-1234567890abcdef0","PingStatus":"Online","LastPingDateTime":1717000000,"AgentVersion":"3.3.40.0","IsLatestVersion":false,"PlatformType":"Linux","PlatformName":"Amazon Linux","PlatformVersion":"2023","ResourceType":"EC2Instance","IPAddress":"10.0.1.10","ComputerName":"ip-10-0-1-10.eu-west-1.compute.internal","AssociationStatus":"Success"}],"NextToken":"page-2"}
        """;

    private const string InstancesPage2 = """
        {"InstanceInformationList":[{"InstanceId":"i-0db","PingStatus":"ConnectionLost","AgentVersion":"3.1.0.0","PlatformType":"Linux","PlatformName":"Ubuntu","ResourceType":"EC2Instance","AssociationStatus":"Failed"}]}
        """;

    private const string Compliance = """
        {"ResourceComplianceSummaryItems":[
          {"ComplianceType":"Patch","ResourceType":"ManagedInstance","ResourceId":"i-1234567890abcdef0","Status":"COMPLIANT","OverallSeverity":"UNSPECIFIED"},
          {"ComplianceType":"Patch","ResourceType":"ManagedInstance","ResourceId":"i-0db","Status":"NON_COMPLIANT","OverallSeverity":"CRITICAL"},
          {"ComplianceType":"Association","ResourceType":"ManagedInstance","ResourceId":"i-0db","Status":"NON_COMPLIANT","OverallSeverity":"UNSPECIFIED"}]}
        """;

    private const string PatchStates = """
        {"InstancePatchStates":[
          {"InstanceId":"i-1234567890abcdef0","PatchGroup":"","BaselineId":"pb-0e392de35e7c563b7","MissingCount":0,"FailedCount":0,"OperationStartTime":1717000000,"OperationEndTime":1717000600,"Operation":"Scan","CriticalNonCompliantCount":0,"SecurityNonCompliantCount":0},
          {"InstanceId":"i-0db","PatchGroup":"","BaselineId":"pb-0e392de35e7c563b7","MissingCount":9,"FailedCount":0,"OperationStartTime":1716000000,"OperationEndTime":1716000600,"Operation":"Scan","CriticalNonCompliantCount":3,"SecurityNonCompliantCount":5}]}
        """;

    private const string Documents = """
        {"DocumentIdentifiers":[
          {"Name":"restart-web","Owner":"123456789012","DocumentType":"Command","DocumentFormat":"JSON","Tags":[{"Key":"team","Value":"web"}]},
          {"Name":"rotate-logs","Owner":"123456789012","DocumentType":"Automation","DocumentFormat":"YAML","Tags":[]}]}
        """;
}
