//! `followthrough serve`: build the site, serve it on loopback, watch `content/` and the theme,
//! rebuild what changed and reload open pages; when the content is broken, print the problems as
//! `check` does and show them over every page while the last good site is still served.
//! Threads: tokio serves; one thread rebuilds after each burst of file events; one writes
//! `output/`. Prints; holds no business rules (those are in `pipeline::session` and `watch`).

mod rebuilder;
mod watcher;
mod writer;

use super::*;
use crate::cli::ServeArgs;
use crate::pipeline::session::Session;
use crate::server::{self, Site};
use crate::watch::Plan;
use rebuilder::Rebuilder;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;
use watcher::{Events, Watching};
use writer::write_output;

/// Runs `followthrough serve` until Ctrl-C; returns the exit code.
pub fn run(args: &ServeArgs) -> u8 {
    let c = &args.common;
    let mut opts = match options(c, None) {
        Ok(o) => o,
        Err(e) => return fatal(&e),
    };
    // Absolute, as the watcher reports paths.
    let root = match opts.root.canonicalize() {
        Ok(r) => r,
        Err(e) => return fatal(&FatalError::io(&opts.root, "open the site folder", e)),
    };
    if !root.join(crate::layout::SITE_FILE).is_file() {
        return fatal(&FatalError::NotASite {
            root: opts.root.clone(),
        });
    }
    opts.output = root.join("output");
    opts.root = root.clone();

    // Listen first, so that a port in use is reported before a long first build.
    let addr = SocketAddr::new(args.bind, args.port);
    let listener =
        match std::net::TcpListener::bind(addr).and_then(|l| l.set_nonblocking(true).map(|_| l)) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{}", listen_error(addr, &e));
                return FATAL;
            }
        };
    let url = format!("http://{}/", listener.local_addr().unwrap_or(addr));
    if !args.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}, so other computers on the network can see this site, unfinished work and errors included\nhelp: leave out --bind to serve it to this computer only",
            args.bind
        );
    }

    let site = Arc::new(Site::default());
    let (router, reloader) = server::app(site.clone());
    let (write_tx, write_rx) = mpsc::channel();
    // output/ is kept up to date only if it may be written: serve has no --force.
    let writable = match crate::output::guard::check(&opts.output, &root, false) {
        Ok(_) => true,
        Err(e) => {
            eprintln!(
                "warning: {e}\nnote: the site is served from memory all the same; output/ is not written while serve runs"
            );
            false
        }
    };
    let writer = std::thread::spawn({
        let (out, root) = (opts.output.clone(), root.clone());
        move || {
            if writable {
                write_output(&out, &root, write_rx)
            }
        }
    });
    let tty = std::io::stderr().is_terminal() && !c.quiet;
    let mut rb = Rebuilder {
        site,
        reloader,
        write_tx,
        quiet: c.quiet,
        tty,
        change: String::new(),
        output: opts.output.clone(),
        session: Session::new(opts),
    };
    rb.rebuild(&Plan::everything(), true, &|| false);

    let (ev_tx, ev_rx) = mpsc::channel();
    let events = Events {
        tx: ev_tx,
        root: root.clone(),
        watched: rb.session.watched(),
    };
    let watching = match Watching::start(&root, &rb.session.theme_name(), args.poll, events) {
        Ok(w) => w,
        Err(message) => {
            eprintln!("{message}");
            return FATAL;
        }
    };
    println!("Serving the site at {url}");
    if tty {
        println!(
            "Watching content/ and the theme for changes{}. Press Ctrl-C to stop.",
            if args.poll {
                " (checking every half second)"
            } else {
                ""
            }
        );
    }
    if args.open {
        open_browser(&url);
    }

    let stop = Arc::new(AtomicBool::new(false));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    std::thread::spawn({
        let stop = stop.clone();
        move || {
            rb.watch(ev_rx, watching, &stop);
            drop(rb);
            let _ = done_tx.send(());
        }
    });

    let served = serve_until_stopped(listener, router);
    stop.store(true, Ordering::Relaxed);
    // A rebuild under way may finish; what it wrote to output/ is then finished too.
    if done_rx.recv_timeout(Duration::from_secs(30)).is_ok() {
        let _ = writer.join();
    }
    match served {
        Ok(()) => {
            if tty {
                println!("Stopped.");
            }
            OK
        }
        Err(e) => {
            eprintln!("error: the server stopped: {e}");
            FATAL
        }
    }
}

/// Serves until Ctrl-C (or a termination signal); open connections get a moment to finish.
fn serve_until_stopped(
    listener: std::net::TcpListener,
    router: axum::Router,
) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let result = rt.block_on(async move {
        // Listen for the signals before the first request can be answered.
        let stopped = stop_signal()?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stop_rx.await;
                })
                .await
        });
        stopped.await;
        let _ = stop_tx.send(());
        // Live-reload connections never end by themselves: wait for the others only briefly.
        let _ = tokio::time::timeout(Duration::from_millis(500), server).await;
        Ok(())
    });
    rt.shutdown_timeout(Duration::from_millis(500));
    result
}

/// Ctrl-C or a termination signal, listened for from the moment this is called.
#[cfg(unix)]
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let (mut int, mut term) = (
        signal(SignalKind::interrupt())?,
        signal(SignalKind::terminate())?,
    );
    Ok(async move {
        tokio::select! {
            _ = int.recv() => {}
            _ = term.recv() => {}
        }
    })
}

#[cfg(windows)]
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    let mut c = tokio::signal::windows::ctrl_c()?;
    Ok(async move {
        c.recv().await;
    })
}

fn listen_error(addr: SocketAddr, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => format!(
            "error: could not serve on {addr}: that port is already in use, perhaps by another `followthrough serve`\n\
             help: stop the other server, or choose another port, such as `--port {}`",
            addr.port().wrapping_add(1).max(1024)
        ),
        std::io::ErrorKind::PermissionDenied => {
            format!(
                "error: could not serve on {addr}: permission denied\nhelp: choose a port above 1023, such as the default `--port 1111`"
            )
        }
        _ => format!(
            "error: could not serve on {addr}: {e}\nhelp: leave out --bind to serve on 127.0.0.1, this computer only"
        ),
    }
}

/// Opens `url` in the default browser; says so if it cannot, and carries on.
fn open_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let spawned = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match spawned {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => {
            eprintln!("note: could not open a web browser ({program}: {e}); open {url} yourself")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_port_in_use_says_so_and_suggests_another() {
        let addr: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        let msg = listen_error(addr, &std::io::Error::from(std::io::ErrorKind::AddrInUse));
        assert!(
            msg.contains("already in use") && msg.contains("--port 1112"),
            "{msg}"
        );
    }
}
