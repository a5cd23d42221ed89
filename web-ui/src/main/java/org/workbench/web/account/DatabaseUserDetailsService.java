package org.workbench.web.account;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the accounts table. */
@Service
@RequiredArgsConstructor
class DatabaseUserDetailsService implements UserDetailsService {
    private final UserAccountRepository users;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                users.findByUsernameIgnoreCase(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }
}
