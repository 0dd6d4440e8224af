//! A check that an HTML page's elements are closed in order, shared by the
//! CLI's unit tests (`src/cli/html.rs`) and its integration tests.

/// Checks that every element opened is closed in order; returns the
/// number of elements.
pub fn balanced(html: &str) -> Result<usize, String> {
    const VOID: &[&str] = &["meta", "br", "!DOCTYPE"];
    let mut stack: Vec<&str> = Vec::new();
    let mut count = 0;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let after = &rest[lt + 1..];
        let gt = after.find('>').ok_or("unterminated tag")?;
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            let name = tag.split([' ', '/']).next().unwrap_or("");
            count += 1;
            if !VOID.contains(&name) && !tag.ends_with('/') {
                stack.push(name);
            }
        }
    }
    if stack.is_empty() {
        Ok(count)
    } else {
        Err(format!("unclosed {stack:?}"))
    }
}
