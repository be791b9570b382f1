Console.WriteLine("runner");
