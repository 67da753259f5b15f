using Vigil.Aws.Protocols;

namespace Vigil.Aws.Tests.Protocols;

/// <summary>Wire samples after the IAM, STS, RDS, ELB and SNS API references (query protocol).</summary>
public sealed class QueryProtocolTests
{
    [Fact]
    public void Serialize_GetCallerIdentity_PostsActionAndVersionAsAForm()
    {
        var request = Wire.Request("sts", "GetCallerIdentity");

        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Equal("Action=GetCallerIdentity&Version=2011-06-15", Wire.Body(request));
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["Content-Type"]);
    }

    [Fact]
    public void Serialize_ListUsers_EncodesScalarsAndReservedCharacters()
    {
        var request = Wire.Request("iam", "ListUsers", """{"PathPrefix": "/division abc/", "MaxItems": 100, "Marker": "a+b="}""");

        Assert.Equal("Action=ListUsers&Version=2010-05-08&PathPrefix=%2Fdivision%20abc%2F&Marker=a%2Bb%3D&MaxItems=100", Wire.Body(request));
    }

    [Fact]
    public void Serialize_NestedListsOfStructures_UseMemberNamesAndOneBasedIndexes()
    {
        var request = Wire.Request("rds", "DescribeDBInstances", """{"Filters": [{"Name": "engine", "Values": ["mysql", "postgres"]}]}""");

        Assert.Equal("Action=DescribeDBInstances&Version=2014-10-31&Filters.Filter.1.Name=engine&Filters.Filter.1.Values.Value.1=mysql&Filters.Filter.1.Values.Value.2=postgres",
            Wire.Body(request));
    }

    [Fact]
    public void Serialize_ListWithoutItemName_UsesMember_AndAnEmptyListIsSent()
    {
        var request = Wire.Request("elbv2", "DescribeLoadBalancers", """{"LoadBalancerArns": ["arn:1", "arn:2"], "Names": []}""");

        Assert.Equal("Action=DescribeLoadBalancers&Version=2015-12-01&LoadBalancerArns.member.1=arn%3A1&LoadBalancerArns.member.2=arn%3A2&Names=",
            Wire.Body(request));
    }

    [Fact]
    public void Serialize_UnknownMember_IsAnErrorNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Wire.Request("iam", "ListUsers", """{"Limit": 5}"""));
        Assert.Contains("'Limit'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_MissingRequiredMember_IsAnErrorNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Wire.Request("iam", "GetPolicyVersion", """{"PolicyArn": "arn:aws:iam::aws:policy/X"}"""));
        Assert.Contains("'VersionId'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WrongValueKind_IsAnError()
    {
        var error = Assert.Throws<ArgumentException>(() => Wire.Request("iam", "ListUsers", """{"MaxItems": "ten"}"""));
        Assert.Contains("integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_GetCallerIdentity_ReadsInsideTheResultWrapper()
    {
        var output = Wire.Output("sts", "GetCallerIdentity", """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
                <UserId>AKIAI44QH8DHBEXAMPLE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """);

        Assert.Equal("""{"UserId":"AKIAI44QH8DHBEXAMPLE","Account":"123456789012","Arn":"arn:aws:iam::123456789012:user/Alice"}""", output.ToJsonString());
    }

    [Fact]
    public void Deserialize_ListUsers_ReadsListsBooleansAndTimestamps()
    {
        var output = Wire.Output("iam", "ListUsers", """
            <ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <ListUsersResult>
                <Users>
                  <member>
                    <UserId>AID2MAB8DPLSRHEXAMPLE</UserId>
                    <Path>/division_abc/subdivision_xyz/engineering/</Path>
                    <UserName>Andrew</UserName>
                    <Arn>arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/engineering/Andrew</Arn>
                    <CreateDate>2012-09-05T19:38:48Z</CreateDate>
                    <PasswordLastUsed>2014-09-08T21:47:36.123Z</PasswordLastUsed>
                  </member>
                  <member>
                    <UserId>AIDIODR4TAW7CSEXAMPLE</UserId>
                    <Path>/</Path>
                    <UserName>Jackie</UserName>
                    <Arn>arn:aws:iam::123456789012:user/Jackie</Arn>
                    <CreateDate>2014-04-09T15:43:45+00:00</CreateDate>
                  </member>
                </Users>
                <IsTruncated>true</IsTruncated>
                <Marker>AAbbCC</Marker>
              </ListUsersResult>
              <ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>
            </ListUsersResponse>
            """);

        var users = output["Users"]!.AsArray();
        Assert.Equal(2, users.Count);
        Assert.Equal("Andrew", users[0]!["UserName"]!.GetValue<string>());
        Assert.Equal("2012-09-05T19:38:48Z", users[0]!["CreateDate"]!.GetValue<string>());
        Assert.Equal("2014-09-08T21:47:36.123Z", users[0]!["PasswordLastUsed"]!.GetValue<string>());
        Assert.Equal("2014-04-09T15:43:45Z", users[1]!["CreateDate"]!.GetValue<string>());
        Assert.Null(users[1]!["PasswordLastUsed"]);
        Assert.True(output["IsTruncated"]!.GetValue<bool>());
        Assert.Equal("AAbbCC", output["Marker"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_Map_ReadsEntryKeyValue()
    {
        var output = Wire.Output("sns", "GetTopicAttributes", """
            <GetTopicAttributesResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <GetTopicAttributesResult>
                <Attributes>
                  <entry><key>Owner</key><value>123456789012</value></entry>
                  <entry><key>KmsMasterKeyId</key><value>alias/aws/sns</value></entry>
                </Attributes>
              </GetTopicAttributesResult>
            </GetTopicAttributesResponse>
            """);

        Assert.Equal("""{"Owner":"123456789012","KmsMasterKeyId":"alias/aws/sns"}""", output["Attributes"]!.ToJsonString());
    }

    [Fact]
    public void Deserialize_MalformedXml_IsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => Wire.Output("iam", "ListUsers", "<ListUsersResponse><ListUsersResult>"));

    [Fact]
    public void ReadError_ErrorResponse_GivesCodeMessageAndRequestId()
    {
        var error = Wire.Error("iam", "GetAccountPasswordPolicy", """
            <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The Password Policy with domain name 123456789012 cannot be found.</Message></Error>
              <RequestId>5e3d4c2b-EXAMPLE</RequestId>
            </ErrorResponse>
            """, 404);

        Assert.Equal(new AwsErrorDetails("NoSuchEntity", "The Password Policy with domain name 123456789012 cannot be found.", "5e3d4c2b-EXAMPLE"), error);
    }
}
