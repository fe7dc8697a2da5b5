//! Which hosts and addresses a webhook may reach, so that no key can make the service call
//! into the network it runs in (SSRF).
//!
//! With `webhook_hosts` set, only the hosts listed (and their subdomains) may be named, at any
//! address: the operator chose them. Without it, any host may be named, but only at a public
//! address: a URL naming a private, loopback or link-local address (or `localhost`) is refused
//! when the subscription is made, and at delivery the name's addresses are checked again
//! after resolving it ([`PublicOnly`]), so a public name pointing inside cannot reach it either.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// Whether `host` is one of `allowed` or a subdomain of one.
pub fn host_listed(host: &str, allowed: &[String]) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    allowed.iter().map(|a| a.to_ascii_lowercase()).any(|a| host == a || host.ends_with(&format!(".{a}")))
}

/// Why a subscription may not name `host` (as `Url::host_str` gives it), or `None` when it may.
pub fn refusal(host: &str, allowed: &[String]) -> Option<String> {
    if !allowed.is_empty() {
        return (!host_listed(host, allowed))
            .then(|| format!("`{host}` is not among the hosts this service may call (webhook_hosts)"));
    }
    let name = host.trim_end_matches('.').to_ascii_lowercase();
    let internal = match name.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
        Ok(ip) => !is_public(ip),
        Err(_) => name == "localhost" || name.ends_with(".localhost"),
    };
    internal
        .then(|| format!("`{host}` is a private, loopback or link-local address: list it in webhook_hosts to allow it"))
}

/// Whether a delivery may connect to `ip` for a host that is not listed.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || a == 0
        // Shared address space (carrier-grade NAT), 100.64.0.0/10.
        || (a == 100 && (64..128).contains(&b))
        // Benchmarking, 198.18.0.0/15, and the reserved 240.0.0.0/4.
        || (a == 198 && (b == 18 || b == 19))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        // Unique local, fc00::/7, and link-local, fe80::/10.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80)
}

/// The resolver deliveries use: a name not listed in `webhook_hosts` resolves only to its
/// public addresses, and fails when it has none.
#[derive(Debug, Clone)]
pub struct PublicOnly {
    /// The hosts the operator listed, which may resolve anywhere.
    pub allowed: Vec<String>,
}

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        let listed = host_listed(&host, &self.allowed);
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let usable: Vec<SocketAddr> = found.into_iter().filter(|a| listed || is_public(a.ip())).collect();
            if usable.is_empty() {
                return Err(format!("`{host}` resolves to no public address").into());
            }
            let addresses: reqwest::dns::Addrs = Box::new(usable.into_iter());
            Ok(addresses)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_list_admits_its_hosts_and_their_subdomains_only() {
        let allowed = vec!["acme.cn".to_owned(), "qyapi.weixin.qq.com".to_owned()];
        assert!(host_listed("erp.acme.cn", &allowed) && host_listed("ACME.cn", &allowed));
        assert!(host_listed("qyapi.weixin.qq.com", &allowed));
        assert!(!host_listed("evilacme.cn", &allowed) && !host_listed("169.254.169.254", &allowed));
    }

    #[test]
    fn internal_addresses_are_refused_unless_listed() {
        for host in ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1"] {
            assert!(refusal(host, &[]).is_some(), "{host}");
        }
        for host in
            ["[::1]", "[fd00::1]", "[fe80::1]", "[::ffff:127.0.0.1]", "localhost", "LOCALHOST.", "api.localhost"]
        {
            assert!(refusal(host, &[]).is_some(), "{host}");
        }
        for host in ["8.8.8.8", "[2001:4860:4860::8888]", "qyapi.weixin.qq.com", "erp.acme.cn"] {
            assert_eq!(refusal(host, &[]), None, "{host}");
        }
        let listed = vec!["127.0.0.1".to_owned(), "acme.cn".to_owned()];
        assert_eq!(refusal("127.0.0.1", &listed), None, "the operator listed it");
        assert_eq!(refusal("erp.acme.cn", &listed), None);
        assert!(refusal("evilacme.cn", &listed).is_some() && refusal("8.8.8.8", &listed).is_some());
    }

    #[tokio::test]
    async fn a_name_resolving_inside_is_refused_at_delivery_unless_listed() {
        use reqwest::dns::Resolve;
        let name = |host: &str| host.parse::<reqwest::dns::Name>().unwrap_or_else(|e| panic!("{e}"));
        let open = PublicOnly { allowed: Vec::new() };
        let refused = open.resolve(name("localhost")).await;
        assert!(refused.is_err(), "localhost resolves to loopback only");
        let listed = PublicOnly { allowed: vec!["localhost".to_owned()] };
        let addresses: Vec<SocketAddr> =
            listed.resolve(name("localhost")).await.unwrap_or_else(|e| panic!("{e}")).collect();
        assert!(addresses.iter().all(|a| a.ip().is_loopback()) && !addresses.is_empty());
    }
}
