package org.workbench.web.account;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workbench.web.security.UserNames;

/** Signs users in from the accounts table, finding them by the canonical spelling of the typed name. */
@Service
@RequiredArgsConstructor
class DatabaseUserDetailsService implements UserDetailsService {
    private final UserAccountRepository users;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String canonical = UserNames.canonical(username);
        UserAccount account = (UserNames.isPossible(canonical)
                        ? users.findByUsernameIgnoreCase(canonical)
                        : Optional.<UserAccount>empty())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }
}
