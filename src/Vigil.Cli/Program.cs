using Vigil.Cli;

return await VigilApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
