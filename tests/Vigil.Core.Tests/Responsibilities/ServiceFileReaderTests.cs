using Vigil.Core.Responsibilities;

namespace Vigil.Core.Tests.Responsibilities;

public sealed class ServiceFileReaderTests
{
    internal const string Valid = """
        id: demo
        name: Demo Service
        category: abstracted
        basis: derived
        presence:
          resourceTypes: [AWS::S3::Bucket]
        aws:
          duties:
            - id: platform
              text: Runs the platform.
          evidence: [soc-2]
        customer:
          - id: private
            text: Keep it private.
            checks: [s3-bucket-policy-no-public-read]
          - id: classify
            text: Classify the data.
            manual: Attest that the data is classified.
            awsDefault: Nothing is public by default.
        shared:
          patch-management:
            aws: Patches the servers.
            customer: Patches the clients.
            manual: Attest that clients are patched.
          configuration-management:
            aws: Keeps baselines.
            customer: Reviews changes.
            checks: [config-recorder-enabled]
          awareness-training:
            aws: Trains staff.
            customer: Trains its people.
            manual: Attest that people are trained.
        """;

    [Fact]
    public void Read_ParsesEveryPart()
    {
        var service = ServiceFileReader.Read(Valid, "demo.yaml");
        Assert.Equal("demo", service.Id);
        Assert.Equal("Demo Service", service.Name);
        Assert.Equal(ServiceCategory.Abstracted, service.Category);
        Assert.Equal(CategoryBasis.Derived, service.CategoryBasis);
        Assert.Equal(["AWS::S3::Bucket"], service.Presence.ResourceTypes);
        Assert.Equal("platform", Assert.Single(service.AwsDuties).Id);
        Assert.Equal(["soc-2"], service.Evidence);
        Assert.Equal(["s3-bucket-policy-no-public-read"], service.CustomerDuties[0].Checks);
        Assert.Equal("Attest that the data is classified.", service.CustomerDuties[1].Manual);
        Assert.Equal("Nothing is public by default.", service.CustomerDuties[1].AwsDefault);
        Assert.Equal(SharedControlIds.All, service.SharedControls.Select(c => c.Id));
        Assert.Equal(["config-recorder-enabled"], service.SharedControls[1].Checks);
        Assert.Equal(["s3-bucket-policy-no-public-read", "config-recorder-enabled"], service.CheckIds);
    }

    [Theory]
    [InlineData("category: abstracted", "category: serverless", "line 3: category: expected infrastructure, container or abstracted")]
    [InlineData("basis: derived", "basis: guessed", "line 4: basis: expected aws-named or derived")]
    [InlineData("    checks: [s3-bucket-policy-no-public-read]", "    checks: [s3-bucket-policy-no-public-read]\n    manual: Also attest.", "customer[0]: expected either 'checks'")]
    [InlineData("    manual: Attest that the data is classified.\n", "", "customer[1]: expected either 'checks'")]
    [InlineData("  awareness-training:", "  training:", "shared.training: expected one of the keys patch-management, configuration-management, awareness-training")]
    [InlineData("  evidence: [soc-2]", "  evidence: []", "aws.evidence: expected a non-empty list of evidence report ids")]
    [InlineData("  resourceTypes: [AWS::S3::Bucket]", "  resourceTypes: [S3 bucket]", "presence.resourceTypes: expected CloudFormation type names like AWS::S3::Bucket, not 'S3 bucket'")]
    [InlineData("  resourceTypes: [AWS::S3::Bucket]", "  settings: [telepathy]", "presence.settings: expected account-level settings among")]
    [InlineData("name: Demo Service", "name: Demo Service\nowner: me", "line 3: owner: expected one of the keys")]
    [InlineData("  - id: classify", "  - id: private", "duty id 'private' is used more than once")]
    [InlineData("id: demo", "id: Demo_Service", "id: expected a lower-case id of letters, digits and hyphens, not 'Demo_Service'")]
    [InlineData("    text: Keep it private.", "    text: [Keep, it, private]", "customer[0].text: expected a non-empty text")]
    public void Read_NamesTheFileThePathAndWhatWasExpected(string find, string replace, string expected)
    {
        var text = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);
        var error = Assert.Throws<InvalidDataException>(() => ServiceFileReader.Read(text, "data/responsibility/services/demo.yaml"));
        Assert.StartsWith("data/responsibility/services/demo.yaml: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingSharedControl_SaysWhichOne()
    {
        var text = Valid[..Valid.IndexOf("  awareness-training:", StringComparison.Ordinal)];
        var error = Assert.Throws<InvalidDataException>(() => ServiceFileReader.Read(text, "demo.yaml"));
        Assert.Contains("shared.awareness-training: expected the shared control 'awareness-training'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidYaml_NamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => ServiceFileReader.Read("id: demo\nname: [unclosed\n", "demo.yaml"));
        Assert.StartsWith("demo.yaml: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCommon_ParsesDutiesAndEvidence()
    {
        var (duties, evidence) = ServiceFileReader.ReadCommon(
            "awsDuties:\n  - id: physical\n    text: Guards buildings.\nevidence:\n  - id: soc-2\n    name: SOC 2\n    description: A report.\n", "common.yaml");
        Assert.Equal("physical", Assert.Single(duties).Id);
        Assert.Equal(new EvidenceReport("soc-2", "SOC 2", "A report."), Assert.Single(evidence));
    }
}
