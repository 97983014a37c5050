using Extractor.Pipeline;
using Extractor.Pipeline.Workers;

// The worker a batch starts (WorkerLaunch): documents in over standard input, each processed and written back
// over standard output, until the input closes. Published ahead of time to native code beside the extractor
// program; not meant to be run by hand. The program asks its version before it starts one (WorkerLaunch).
if (args is [WorkerLaunch.VersionOption])
{
    Console.Out.WriteLine(PipelineInfo.Version);
    return 0;
}
if (args.Length > 0 || !Console.IsInputRedirected)
{
    Console.Error.WriteLine("extractor-worker serves the documents of an extractor run; it is started by `extractor run`, not by hand");
    return 2;
}
return await WorkerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput());
