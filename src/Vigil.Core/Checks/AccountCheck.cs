namespace Vigil.Core.Checks;

/// <summary>A check of an account-wide setting: one finding per account, on the AWS::Account resource.</summary>
public abstract class AccountCheck : Check<Model.Account.Account>;
