namespace Vigil.Aws.Tests.Protocols;

/// <summary>Wire samples after the Amazon EC2 API reference (ec2 protocol).</summary>
public sealed class Ec2ProtocolTests
{
    [Fact]
    public void Serialize_DescribeSecurityGroups_UsesLocationNamesAndDotNLists()
    {
        var request = Wire.Request("ec2", "DescribeSecurityGroups",
            """{"GroupIds": ["sg-1", "sg-2"], "Filters": [{"Name": "vpc-id", "Values": ["vpc-1"]}], "DryRun": false, "GroupNames": []}""");

        Assert.Equal("Action=DescribeSecurityGroups&Version=2016-11-15&GroupId.1=sg-1&GroupId.2=sg-2&DryRun=false&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1",
            Wire.Body(request));
    }

    [Fact]
    public void Deserialize_DescribeSecurityGroups_ReadsItemListsWithoutAResultWrapper()
    {
        var output = Wire.Output("ec2", "DescribeSecurityGroups", """
            <DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
              <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
              <securityGroupInfo>
                <item>
                  <ownerId>123456789012</ownerId>
                  <groupId>sg-1a2b3c4d</groupId>
                  <groupName>WebServers</groupName>
                  <groupDescription>Web Servers</groupDescription>
                  <vpcId>vpc-614cc409</vpcId>
                  <ipPermissions>
                    <item>
                      <ipProtocol>tcp</ipProtocol>
                      <fromPort>80</fromPort>
                      <toPort>80</toPort>
                      <groups/>
                      <ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges>
                      <prefixListIds/>
                    </item>
                  </ipPermissions>
                  <ipPermissionsEgress/>
                </item>
              </securityGroupInfo>
              <nextToken>next-page</nextToken>
            </DescribeSecurityGroupsResponse>
            """);

        var group = output["SecurityGroups"]![0]!;
        Assert.Equal("sg-1a2b3c4d", group["GroupId"]!.GetValue<string>());
        Assert.Equal("Web Servers", group["Description"]!.GetValue<string>());
        var permission = group["IpPermissions"]![0]!;
        Assert.Equal(80, permission["FromPort"]!.GetValue<long>());
        Assert.Equal("0.0.0.0/0", permission["IpRanges"]![0]!["CidrIp"]!.GetValue<string>());
        Assert.Empty(group["IpPermissionsEgress"]!.AsArray());
        Assert.Equal("next-page", output["NextToken"]!.GetValue<string>());
    }

    [Fact]
    public void ReadError_ResponseErrors_GivesCodeAndRequestId()
    {
        var error = Wire.Error("ec2", "DescribeInstances", """
            <Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>
            """, 403);

        Assert.Equal("UnauthorizedOperation", error.Code);
        Assert.Equal("ea966190-f9aa-478e-9ede-example", error.RequestId);
    }
}
