using GameTime.Scene;

// `dotnet run --project tests/Scene -- <path to gametime or gametime.dll>` (tools/demo.sh does this).
if (args is not [var bot] || !File.Exists(bot))
{
    Console.Error.WriteLine("usage: GameTime.Scene <path to the gametime binary or gametime.dll>");
    return 2;
}
return await DemoScene.RunAsync(Path.GetFullPath(bot), Console.Out, Path.GetFullPath("demo-output"));
