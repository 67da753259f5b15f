namespace Vigil.Aws.Tests.Protocols;

/// <summary>Wire samples after the Lambda, EFS, GuardDuty and Backup API references (rest-json protocol).</summary>
public sealed class RestJsonProtocolTests
{
    [Fact]
    public void Serialize_GetPolicy_FillsTheUriLabelAndQueryString()
    {
        var request = Wire.Request("lambda", "GetPolicy", """{"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:my fn", "Qualifier": "1"}""");

        Assert.Equal("GET", request.Method);
        Assert.Equal("/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Amy%20fn/policy", request.Path);
        Assert.Equal([new("Qualifier", "1")], request.Query);
        Assert.Empty(request.Body);
    }

    [Fact]
    public void Serialize_MissingUriLabel_IsAnErrorNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Wire.Request("lambda", "GetPolicy", "{}"));
        Assert.Contains("FunctionName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ListDetectors_PutsMembersInTheQueryString()
    {
        var request = Wire.Request("guardduty", "ListDetectors", """{"MaxResults": 50, "NextToken": "t"}""");

        Assert.Equal("/detector", request.Path);
        Assert.Equal([new("maxResults", "50"), new("nextToken", "t")], request.Query);
    }

    [Fact]
    public void Deserialize_GetPolicy_ReadsTheBody()
    {
        var output = Wire.Output("lambda", "GetPolicy", """{"Policy": "{\"Version\":\"2012-10-17\"}", "RevisionId": "4843f2f6"}""");

        Assert.Equal("""{"Version":"2012-10-17"}""", output["Policy"]!.GetValue<string>());
        Assert.Equal("4843f2f6", output["RevisionId"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_DescribeFileSystems_ReadsIsoAndEpochTimestamps()
    {
        var output = Wire.Output("efs", "DescribeFileSystems", """
            {"FileSystems": [{"OwnerId": "251839141158", "CreationToken": "MyFileSystem1", "FileSystemId": "fs-01234567",
              "CreationTime": 1481841524.0, "LifeCycleState": "available", "NumberOfMountTargets": 1,
              "SizeInBytes": {"Value": 6144}, "PerformanceMode": "generalPurpose", "Encrypted": true, "Tags": []}], "NextMarker": "n"}
            """);

        var fileSystem = output["FileSystems"]![0]!;
        Assert.Equal("2016-12-15T22:38:44Z", fileSystem["CreationTime"]!.GetValue<string>());
        Assert.True(fileSystem["Encrypted"]!.GetValue<bool>());
        Assert.Equal("n", output["NextMarker"]!.GetValue<string>());
    }

    [Fact]
    public void ReadError_ErrorTypeHeader_IsTheCode()
    {
        var error = Wire.Error("lambda", "GetPolicy", """{"Type": "User", "Message": "The resource you requested does not exist."}""", 404,
            ("x-amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.lambda/"), ("x-amzn-RequestId", "r-2"));

        Assert.Equal(new Vigil.Aws.Protocols.AwsErrorDetails("ResourceNotFoundException", "The resource you requested does not exist.", "r-2"), error);
    }
}
