package org.zhengtong;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs pieces of work at the same moment (each on its own thread, released together): the races a rule must survive. */
public final class Together {

    private Together() {
    }

    /** The outcomes of the work, in its order, once all have finished (a minute at most). */
    public static List<String> run(List<Callable<String>> work) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(work.size());
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Callable<String>> started = new ArrayList<>();
            for (Callable<String> one : work) {
                started.add(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return one.call();
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(started, 60, TimeUnit.SECONDS)) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
