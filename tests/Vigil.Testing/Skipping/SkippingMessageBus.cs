using Xunit.Abstractions;
using Xunit.Sdk;

namespace Vigil.Testing.Skipping;

/// <summary>Passes messages on, turning a test failure caused by <see cref="SkipTestException"/> into a skip.</summary>
internal sealed class SkippingMessageBus(IMessageBus inner) : IMessageBus
{
    private static readonly string SkipExceptionName = typeof(SkipTestException).FullName!;

    public int Skipped { get; private set; }

    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (message is ITestFailed failed && failed.ExceptionTypes.Length > 0 && failed.ExceptionTypes[0] == SkipExceptionName)
        {
            Skipped++;
            return inner.QueueMessage(new TestSkipped(failed.Test, failed.Messages[0]));
        }

        return inner.QueueMessage(message);
    }

    public void Dispose()
    {
    }
}
