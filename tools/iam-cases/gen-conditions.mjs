import { Topic, A, B, ORG, ALICE, ROLE, SESSION, OBJECT, INSTANCE, policy, allow, deny } from './gen-common.mjs';

const SRC = 'AWS IAM User Guide: IAM JSON policy elements: Condition operators';
const when = (Condition, ctx, extra = {}) => ({ identityPolicies: [policy(allow('s3:GetObject', '*', { Condition }))], context: ctx, ...extra });
const denyWhen = (Condition, ctx) => ({ identityPolicies: [policy(allow('s3:GetObject', '*'), deny('s3:GetObject', '*', { Condition }))], context: ctx });

export function conditionTopics() {
  const topics = [];
  const T = (file, description, section) => { const t = new Topic(file, description, `${SRC} (${section})`); topics.push(t); return t; };

  let t = T('condition-string', 'String condition operators; key names case-insensitive, values case-sensitive except the IgnoreCase forms.', 'String condition operators');
  const team = v => ({ 'aws:PrincipalTag/team': v });
  t.add('StringEquals_SameValue_Allows', 'allowed', when({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } }, team('blue')));
  t.add('StringEquals_DifferentCase_DoesNotMatch', 'implicitDeny', when({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } }, team('Blue')));
  t.add('StringEquals_MissingKey_DoesNotMatch', 'implicitDeny', when({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } }, {}));
  t.add('StringEquals_ValueList_IsOr', 'allowed', when({ StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } }, team('blue')));
  t.add('StringEquals_TwoKeys_IsAnd', 'implicitDeny', when({ StringEquals: { 'aws:PrincipalTag/team': 'blue', 'aws:PrincipalTag/project': 'atlas' } }, team('blue')));
  t.add('StringEquals_TwoKeysBothPresent_Allows', 'allowed', when({ StringEquals: { 'aws:PrincipalTag/team': 'blue', 'aws:PrincipalTag/project': 'atlas' } }, { 'aws:PrincipalTag/team': 'blue', 'aws:PrincipalTag/project': 'atlas' }));
  t.add('TwoOperators_AreAnded', 'implicitDeny', when({ StringEquals: { 'aws:PrincipalTag/team': 'blue' }, StringLike: { 'aws:PrincipalTag/project': 'a*' } }, { 'aws:PrincipalTag/team': 'blue', 'aws:PrincipalTag/project': 'zeus' }));
  t.add('ConditionKeyName_IsCaseInsensitive', 'allowed', when({ StringEquals: { 'AWS:PRINCIPALACCOUNT': A } }, { 'aws:PrincipalAccount': A }));
  t.add('StringNotEquals_DifferentValue_Allows', 'allowed', when({ StringNotEquals: { 'aws:PrincipalTag/team': 'red' } }, team('blue')));
  t.add('StringNotEquals_SameValue_DoesNotMatch', 'implicitDeny', when({ StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } }, team('blue')));
  t.add('StringNotEquals_MissingKey_Matches', 'allowed', when({ StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } }, {}));
  t.add('StringNotEquals_ValueList_MustDifferFromAll', 'implicitDeny', when({ StringNotEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } }, team('blue')));
  t.add('StringEqualsIgnoreCase_DifferentCase_Matches', 'allowed', when({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } }, team('blue')));
  t.add('StringNotEqualsIgnoreCase_DifferentCaseSameValue_DoesNotMatch', 'implicitDeny', when({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } }, team('blue')));
  t.add('StringLike_StarWildcard_Matches', 'allowed', when({ StringLike: { 'aws:PrincipalTag/team': 'dev-*' } }, team('dev-blue')));
  t.add('StringLike_QuestionMark_MatchesOneCharacter', 'allowed', when({ StringLike: { 'aws:PrincipalTag/team': 'dev-?' } }, team('dev-1')));
  t.add('StringLike_QuestionMark_DoesNotMatchTwoCharacters', 'implicitDeny', when({ StringLike: { 'aws:PrincipalTag/team': 'dev-?' } }, team('dev-12')));
  t.add('StringLike_IsCaseSensitive', 'implicitDeny', when({ StringLike: { 'aws:PrincipalTag/team': 'dev-*' } }, team('DEV-blue')));
  t.add('StringLike_WithoutWildcard_IsExact', 'implicitDeny', when({ StringLike: { 'aws:PrincipalTag/team': 'dev' } }, team('dev-blue')));
  t.add('StringNotLike_NonMatchingValue_Allows', 'allowed', when({ StringNotLike: { 'aws:PrincipalTag/team': 'prod*' } }, team('dev')));
  t.add('StringNotLike_MatchingValue_DoesNotMatch', 'implicitDeny', when({ StringNotLike: { 'aws:PrincipalTag/team': 'prod*' } }, team('production')));
  t.add('StringNotLike_MissingKey_Matches', 'allowed', when({ StringNotLike: { 'aws:PrincipalTag/team': 'prod*' } }, {}));
  t.add('StringEquals_StarIsLiteral', 'implicitDeny', when({ StringEquals: { 'aws:PrincipalTag/team': 'dev-*' } }, team('dev-blue')));

  t = T('condition-numeric', 'Numeric condition operators.', 'Numeric condition operators');
  const age = v => ({ 'aws:MultiFactorAuthAge': v });
  t.add('NumericLessThan_Below_Allows', 'allowed', when({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, age('1200')));
  t.add('NumericLessThan_Above_DoesNotMatch', 'implicitDeny', when({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, age('7200')));
  t.add('NumericLessThan_Equal_DoesNotMatch', 'implicitDeny', when({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, age('3600')));
  t.add('NumericLessThan_MissingKey_DoesNotMatch', 'implicitDeny', when({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, {}));
  t.add('NumericLessThanEquals_Equal_Allows', 'allowed', when({ NumericLessThanEquals: { 'aws:MultiFactorAuthAge': '3600' } }, age('3600')));
  t.add('NumericGreaterThan_Above_Allows', 'allowed', when({ NumericGreaterThan: { 'aws:MultiFactorAuthAge': '60' } }, age('61')));
  t.add('NumericGreaterThanEquals_Below_DoesNotMatch', 'implicitDeny', when({ NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '60' } }, age('59')));
  t.add('NumericEquals_ComparesNumbersNotText', 'allowed', when({ NumericEquals: { 'aws:MultiFactorAuthAge': '100' } }, age('100.0')));
  t.add('NumericEquals_JsonNumberInPolicy_Matches', 'allowed', when({ NumericEquals: { 'aws:MultiFactorAuthAge': 100 } }, age('100')));
  t.add('NumericNotEquals_MissingKey_Matches', 'allowed', when({ NumericNotEquals: { 'aws:MultiFactorAuthAge': '100' } }, {}));
  t.add('NumericNotEquals_SameNumber_DoesNotMatch', 'implicitDeny', when({ NumericNotEquals: { 'aws:MultiFactorAuthAge': '100' } }, age('100')));
  t.add('NumericLessThan_NonNumericContext_DoesNotMatch', 'implicitDeny', when({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, age('soon')));
  t.add('Deny_NumericGreaterThan_OldMfa_Denies', 'explicitDeny', denyWhen({ NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } }, age('7200')));

  t = T('condition-date', 'Date condition operators on aws:CurrentTime (ISO 8601 and epoch seconds).', 'Date condition operators');
  const now = v => ({ 'aws:CurrentTime': v });
  t.add('DateLessThan_Before_Allows', 'allowed', when({ DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } }, now('2026-12-06T02:00:00Z')));
  t.add('DateLessThan_After_DoesNotMatch', 'implicitDeny', when({ DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }, now('2026-12-06T02:00:00Z')));
  t.add('DateGreaterThan_After_Allows', 'allowed', when({ DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }, now('2026-12-06T02:00:00Z')));
  t.add('DateEquals_SameInstant_Allows', 'allowed', when({ DateEquals: { 'aws:CurrentTime': '2026-12-06T02:00:00Z' } }, now('2026-12-06T02:00:00Z')));
  t.add('DateEquals_OtherInstant_DoesNotMatch', 'implicitDeny', when({ DateEquals: { 'aws:CurrentTime': '2026-12-06T02:00:00Z' } }, now('2026-12-06T02:00:01Z')));
  t.add('DateNotEquals_MissingKey_Matches', 'allowed', when({ DateNotEquals: { 'aws:CurrentTime': '2026-12-06T02:00:00Z' } }, {}));
  t.add('DateLessThan_MissingKey_DoesNotMatch', 'implicitDeny', when({ DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } }, {}));
  t.add('DateGreaterThanEquals_SameInstant_Allows', 'allowed', when({ DateGreaterThanEquals: { 'aws:CurrentTime': '2026-12-06T02:00:00Z' } }, now('2026-12-06T02:00:00Z')));
  t.add('DateLessThanEquals_Later_DoesNotMatch', 'implicitDeny', when({ DateLessThanEquals: { 'aws:CurrentTime': '2026-12-06T02:00:00Z' } }, now('2026-12-06T02:00:01Z')));
  t.add('DateLessThan_EpochPolicyValue_ComparesInstants', 'allowed', when({ DateLessThan: { 'aws:CurrentTime': '1798761600' } }, now('2026-12-06T02:00:00Z')), { divergence: 'AWS IAM User Guide, IAM JSON policy elements: Condition operators (Date condition operators): a date value may be given in ISO 8601 or as epoch (UNIX) seconds, so 1798761600 is 2027-01-01T00:00:00Z. iam-simulate compares epoch seconds against ISO dates parsed to milliseconds.' });
  t.add('DateGreaterThan_EpochPolicyValue_ComparesInstants', 'implicitDeny', when({ DateGreaterThan: { 'aws:CurrentTime': '1798761600' } }, now('2026-12-06T02:00:00Z')), { divergence: 'AWS IAM User Guide, IAM JSON policy elements: Condition operators (Date condition operators): a date value may be given in ISO 8601 or as epoch (UNIX) seconds, so 1798761600 is 2027-01-01T00:00:00Z. iam-simulate compares epoch seconds against ISO dates parsed to milliseconds.' });
  t.add('DateRange_Inside_Allows', 'allowed', when({ DateGreaterThan: { 'aws:CurrentTime': '2026-12-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } }, now('2026-12-06T02:00:00Z')));
  t.add('DateRange_Outside_DoesNotMatch', 'implicitDeny', when({ DateGreaterThan: { 'aws:CurrentTime': '2026-12-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } }, now('2027-01-06T02:00:00Z')));
  t.add('DateLessThan_TokenIssueTime_Deny', 'explicitDeny', denyWhen({ DateLessThan: { 'aws:TokenIssueTime': '2026-12-01T00:00:00Z' } }, { 'aws:TokenIssueTime': '2026-11-30T08:00:00Z' }));

  t = T('condition-bool', 'Bool condition operator.', 'Boolean condition operators');
  t.add('Bool_True_Matches', 'allowed', when({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { 'aws:MultiFactorAuthPresent': 'true' }));
  t.add('Bool_False_DoesNotMatchTrue', 'implicitDeny', when({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { 'aws:MultiFactorAuthPresent': 'false' }));
  t.add('Bool_MissingKey_DoesNotMatch', 'implicitDeny', when({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, {}));
  t.add('Bool_JsonBooleanInPolicy_Matches', 'allowed', when({ Bool: { 'aws:MultiFactorAuthPresent': true } }, { 'aws:MultiFactorAuthPresent': 'true' }));
  t.add('Deny_BoolSecureTransportFalse_DeniesPlainHttp', 'explicitDeny', denyWhen({ Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': 'false' }));
  t.add('Deny_BoolSecureTransportFalse_SparesHttps', 'allowed', denyWhen({ Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': 'true' }));
  t.add('Deny_BoolFalse_MissingKey_DoesNotDeny', 'allowed', denyWhen({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } }, {}));
  t.add('Deny_BoolIfExistsFalse_MissingKey_Denies', 'explicitDeny', denyWhen({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, {}));

  t = T('condition-binary', 'BinaryEquals compares base-64 encoded values byte for byte.', 'Binary condition operators');
  t.add('BinaryEquals_SameValue_Matches', 'allowed', when({ BinaryEquals: { 'aws:PrincipalTag/cert': 'QmluYXJ5VmFsdWU=' } }, { 'aws:PrincipalTag/cert': 'QmluYXJ5VmFsdWU=' }));
  t.add('BinaryEquals_OtherValue_DoesNotMatch', 'implicitDeny', when({ BinaryEquals: { 'aws:PrincipalTag/cert': 'QmluYXJ5VmFsdWU=' } }, { 'aws:PrincipalTag/cert': 'T3RoZXJWYWx1ZQ==' }));
  t.add('BinaryEquals_MissingKey_DoesNotMatch', 'implicitDeny', when({ BinaryEquals: { 'aws:PrincipalTag/cert': 'QmluYXJ5VmFsdWU=' } }, {}));

  t = T('condition-ip', 'IpAddress and NotIpAddress with IPv4 and IPv6 CIDRs.', 'IP address condition operators');
  const ip = v => ({ 'aws:SourceIp': v });
  t.add('IpAddress_InsideV4Cidr_Allows', 'allowed', when({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, ip('203.0.113.5')));
  t.add('IpAddress_OutsideV4Cidr_DoesNotMatch', 'implicitDeny', when({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, ip('198.51.100.7')));
  t.add('IpAddress_MissingKey_DoesNotMatch', 'implicitDeny', when({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, {}));
  t.add('IpAddress_CidrList_IsOr', 'allowed', when({ IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } }, ip('203.0.113.200')));
  t.add('IpAddress_SingleAddressWithoutPrefix_MatchesThatAddress', 'allowed', when({ IpAddress: { 'aws:SourceIp': '203.0.113.5' } }, ip('203.0.113.5')));
  t.add('IpAddress_Slash32_DoesNotMatchNeighbour', 'implicitDeny', when({ IpAddress: { 'aws:SourceIp': '203.0.113.5/32' } }, ip('203.0.113.6')));
  t.add('IpAddress_Slash0_MatchesAnyV4', 'allowed', when({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, ip('198.51.100.7')), { divergence: 'AWS IAM User Guide, IAM JSON policy elements: Condition operators (IP address condition operators): the value is a standard CIDR block, and 0.0.0.0/0 contains every IPv4 address. iam-simulate builds the /0 mask with a 32-bit shift that wraps to all ones, so it matches only 0.0.0.0.' });
  t.add('NotIpAddress_OutsideCidr_Matches', 'allowed', when({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, ip('198.51.100.7')));
  t.add('NotIpAddress_InsideCidr_DoesNotMatch', 'implicitDeny', when({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, ip('203.0.113.5')));
  t.add('NotIpAddress_MissingKey_Matches', 'allowed', when({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, {}));
  t.add('IpAddress_InsideV6Cidr_Allows', 'allowed', when({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, ip('2001:db8:1234::1')));
  t.add('IpAddress_OutsideV6Cidr_DoesNotMatch', 'implicitDeny', when({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, ip('2001:db9::1')));
  t.add('IpAddress_V6CompressedAndExpandedForms_AreEqual', 'allowed', when({ IpAddress: { 'aws:SourceIp': '2001:0db8:0000:0000:0000:0000:0000:0000/64' } }, ip('2001:db8::abcd')));
  t.add('IpAddress_V6CallerAgainstV4List_DoesNotMatch', 'implicitDeny', when({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0.0.0.0/0'] } }, ip('2001:db8::1')));
  t.add('NotIpAddress_V6CallerAgainstV4List_Matches', 'allowed', when({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, ip('2001:db8::1')));
  t.add('NotIpAddress_V4CallerAgainstV6List_Matches', 'allowed', when({ NotIpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, ip('203.0.113.5')));
  t.add('IpAddress_MixedList_MatchesV6Entry', 'allowed', when({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }, ip('2001:db8:ffff::9')));
  t.add('Deny_NotIpAddress_OutsideCorporateRange_Denies', 'explicitDeny', denyWhen({ NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } }, ip('198.51.100.7')));
  t.add('Deny_NotIpAddress_InsideCorporateRange_Allows', 'allowed', denyWhen({ NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } }, ip('192.0.2.44')));

  t = T('condition-arn', 'ARN condition operators (component-wise, case-sensitive, wildcards).', 'Amazon Resource Name (ARN) condition operators');
  const parn = v => ({ principal: SESSION, 'context': { 'aws:PrincipalArn': v } });
  const arnWhen = (Condition, ctx) => ({ principal: SESSION, ...when(Condition, ctx) });
  t.add('ArnEquals_SameArn_Allows', 'allowed', arnWhen({ ArnEquals: { 'aws:PrincipalArn': ROLE } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnEquals_OtherArn_DoesNotMatch', 'implicitDeny', arnWhen({ ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/other-role` } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnLike_WildcardInResourcePart_Matches', 'allowed', arnWhen({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/app-*` } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnLike_WildcardAccount_Matches', 'allowed', arnWhen({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app-role' } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnLike_OtherAccount_DoesNotMatch', 'implicitDeny', arnWhen({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${B}:role/*` } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnLike_IsCaseSensitive', 'implicitDeny', arnWhen({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/APP-*` } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnLike_StarAlone_IsNotSixComponents_DoesNotMatch', 'implicitDeny', arnWhen({ ArnLike: { 'aws:PrincipalArn': '*' } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnLike_FiveComponents_DoesNotMatch', 'implicitDeny', arnWhen({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}` } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnLike_MissingKey_DoesNotMatch', 'implicitDeny', arnWhen({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/*` } }, {}));
  t.add('ArnNotEquals_MissingKey_Matches', 'allowed', arnWhen({ ArnNotEquals: { 'aws:PrincipalArn': ROLE } }, {}));
  t.add('ArnNotLike_MatchingArn_DoesNotMatch', 'implicitDeny', arnWhen({ ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/app-*` } }, { 'aws:PrincipalArn': ROLE }));
  t.add('ArnNotLike_OtherArn_Matches', 'allowed', arnWhen({ ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/admin-*` } }, { 'aws:PrincipalArn': ROLE }));
  t.add('Deny_ArnNotLike_ExemptsBreakGlassRole', 'allowed', { principal: SESSION, identityPolicies: [policy(allow('s3:GetObject', '*'), deny('s3:GetObject', '*', { Condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/app-*` } } }))], context: { 'aws:PrincipalArn': ROLE } });

  t = T('condition-null', 'Null checks whether a key is present.', 'Condition operator to check existence of condition keys');
  t.add('NullTrue_MissingKey_Matches', 'allowed', when({ Null: { 'aws:PrincipalTag/team': 'true' } }, {}));
  t.add('NullTrue_PresentKey_DoesNotMatch', 'implicitDeny', when({ Null: { 'aws:PrincipalTag/team': 'true' } }, { 'aws:PrincipalTag/team': 'blue' }));
  t.add('NullFalse_PresentKey_Matches', 'allowed', when({ Null: { 'aws:PrincipalTag/team': 'false' } }, { 'aws:PrincipalTag/team': 'blue' }));
  t.add('NullFalse_MissingKey_DoesNotMatch', 'implicitDeny', when({ Null: { 'aws:PrincipalTag/team': 'false' } }, {}));
  t.add('NullFalse_JsonBoolean_Matches', 'allowed', when({ Null: { 'aws:PrincipalTag/team': false } }, { 'aws:PrincipalTag/team': 'blue' }));
  t.add('Deny_NullTrue_MissingTag_Denies', 'explicitDeny', denyWhen({ Null: { 'aws:PrincipalTag/team': 'true' } }, {}));

  t = T('condition-ifexists', '...IfExists: true when the key is absent, the base operator otherwise.', 'IfExists condition operators');
  t.add('StringEqualsIfExists_MissingKey_Matches', 'allowed', when({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }, {}));
  t.add('StringEqualsIfExists_PresentMatching_Matches', 'allowed', when({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }, { 'aws:PrincipalTag/team': 'blue' }));
  t.add('StringEqualsIfExists_PresentDifferent_DoesNotMatch', 'implicitDeny', when({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }, { 'aws:PrincipalTag/team': 'red' }));
  t.add('NumericLessThanIfExists_PresentTooLarge_DoesNotMatch', 'implicitDeny', when({ NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': '9000' }));
  t.add('IpAddressIfExists_MissingKey_Matches', 'allowed', when({ IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' } }, {}));
  t.add('ArnLikeIfExists_MissingKey_Matches', 'allowed', when({ ArnLikeIfExists: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${A}:*` } }, {}));
  t.add('DateLessThanIfExists_PresentLater_DoesNotMatch', 'implicitDeny', when({ DateLessThanIfExists: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }, { 'aws:CurrentTime': '2026-12-06T02:00:00Z' }));
  t.add('Deny_StringNotEqualsIfExists_MissingKey_Denies', 'explicitDeny', denyWhen({ StringNotEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }, {}));
  t.add('ForAnyValue_StringEqualsIfExists_MissingKey_Matches', 'allowed', when({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'team' } }, {}), { divergence: `${SRC} (IfExists condition operators): if the key is not present in the request context, a condition operator ending in IfExists evaluates to true; the set qualifier does not change that. iam-simulate evaluates ForAnyValue on a missing key as false whatever the IfExists suffix.` });
  t.add('ForAnyValue_StringEqualsIfExists_PresentOther_DoesNotMatch', 'implicitDeny', when({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'team' } }, { 'aws:TagKeys': ['owner'] }));
  t.add('Deny_StringEqualsIfExists_MissingKey_Denies', 'explicitDeny', denyWhen({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }, {}));

  t = T('condition-set-operators', 'ForAllValues / ForAnyValue on multivalued keys, including missing and empty keys.', 'Multivalued context keys / Set operators');
  const tagUser = (Condition, keys, effect = 'Allow') => ({
    action: 'iam:TagUser', resource: `arn:aws:iam::${A}:user/carol`,
    identityPolicies: [effect === 'Allow' ? policy(allow('iam:TagUser', '*', { Condition })) : policy(allow('iam:TagUser', '*'), deny('iam:TagUser', '*', { Condition }))],
    context: keys === undefined ? {} : { 'aws:TagKeys': keys }
  });
  t.add('ForAllValues_AllInSet_Matches', 'allowed', tagUser({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, ['env', 'team']));
  t.add('ForAllValues_SubsetOfSet_Matches', 'allowed', tagUser({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, ['env']));
  t.add('ForAllValues_OneOutsideSet_DoesNotMatch', 'implicitDeny', tagUser({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, ['env', 'owner']));
  t.add('ForAllValues_MissingKey_MatchesVacuously', 'allowed', tagUser({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, undefined));
  t.add('ForAllValues_EmptyList_MatchesVacuously', 'allowed', tagUser({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, []));
  t.add('ForAllValues_WithNullFalse_MissingKey_DoesNotMatch', 'implicitDeny', tagUser({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] }, Null: { 'aws:TagKeys': 'false' } }, undefined));
  t.add('ForAllValues_StringLike_AllMatchPattern', 'allowed', tagUser({ 'ForAllValues:StringLike': { 'aws:TagKeys': 'team-*' } }, ['team-a', 'team-b']));
  t.add('ForAllValues_StringNotEquals_NoneForbidden_Matches', 'allowed', tagUser({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': 'secret' } }, ['env', 'owner']));
  t.add('ForAllValues_StringNotEquals_ForbiddenPresent_DoesNotMatch', 'implicitDeny', tagUser({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': 'secret' } }, ['env', 'secret']));
  t.add('ForAnyValue_OneInSet_Matches', 'allowed', tagUser({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } }, ['env', 'owner']));
  t.add('ForAnyValue_NoneInSet_DoesNotMatch', 'implicitDeny', tagUser({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } }, ['owner']));
  t.add('ForAnyValue_MissingKey_DoesNotMatch', 'implicitDeny', tagUser({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } }, undefined));
  t.add('ForAnyValue_EmptyList_DoesNotMatch', 'implicitDeny', tagUser({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } }, []));
  t.add('ForAnyValue_StringNotEquals_AnyOtherValue_Matches', 'allowed', tagUser({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'env' } }, ['env', 'owner']));
  t.add('ForAnyValue_StringEqualsIgnoreCase_Matches', 'allowed', tagUser({ 'ForAnyValue:StringEqualsIgnoreCase': { 'aws:TagKeys': 'ENV' } }, ['env']));
  t.add('Deny_ForAnyValue_ProtectedKey_Denies', 'explicitDeny', tagUser({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'protected' } }, ['owner', 'protected'], 'Deny'));
  t.add('Deny_ForAnyValue_ProtectedKeyAbsent_Allows', 'allowed', tagUser({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'protected' } }, ['owner'], 'Deny'));
  t.add('Deny_ForAllValuesNotInSet_MissingKey_DeniesVacuously', 'explicitDeny', tagUser({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['env', 'team'] } }, undefined, 'Deny'));
  t.add('MultiValuedContext_ForAnyValueStringLike_OrgPath', 'allowed', when({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${ORG}/r-ab12/ou-ab12-11111111/*` } }, { 'aws:PrincipalOrgPaths': [`${ORG}/r-ab12/ou-ab12-11111111/ou-ab12-22222222/`] }));
  t.add('MultiValuedContext_ForAnyValueStringLike_OtherOrgPath', 'implicitDeny', when({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${ORG}/r-ab12/ou-ab12-11111111/*` } }, { 'aws:PrincipalOrgPaths': [`${ORG}/r-ab12/ou-ab12-33333333/`] }));
  return topics;
}
